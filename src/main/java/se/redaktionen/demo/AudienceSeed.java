package se.redaktionen.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Random;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.AudienceSource;
import se.redaktionen.channel.ChannelDemo;
import se.redaktionen.channel.ChannelDuties;
import se.redaktionen.channel.ChannelDuty;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;

/**
 * Two years of daily figures for the Facebook page and the X account, weekly counts of the blogs'
 * subscribers typed by their responsible person, the last one today; seeded whenever there are none.
 * Slow growth with the dips every account knows: a purge of inactive accounts, people leaving after a
 * debated post, many leaving X. Seeded, so every start draws the same figures.
 */
@Component
@DemoMode
class AudienceSeed {

    private static final int DAYS = 730;
    private static final LocalTime RECORDED = LocalTime.of(6, 15);

    private final ChannelDemo demo;
    private final Channels channels;
    private final ChannelDuties duties;
    private final DemoClock clock;
    private final ZoneId zone;
    private final TransactionTemplate transaction;

    AudienceSeed(ChannelDemo demo, Channels channels, ChannelDuties duties, DemoClock clock,
                 RedaktionenProperties properties, PlatformTransactionManager transactions) {
        this.demo = demo;
        this.channels = channels;
        this.duties = duties;
        this.clock = clock;
        this.zone = properties.timeZone();
        this.transaction = new TransactionTemplate(transactions);
    }

    void seed() {
        if (demo.hasAudience()) {
            return;
        }
        transaction.executeWithoutResult(status -> seedAll(LocalDate.ofInstant(clock.realInstant(), zone)));
    }

    private void seedAll(LocalDate today) {
        LocalDate start = today.minusDays(DAYS);
        Random random = new Random(20_251_101L);
        channel("Facebook: Botkyrka bibliotek", c -> {
            double followers = 4210;
            double fans = 3985;
            for (int day = 0; day <= DAYS; day++) {
                followers += 1.3 + random.nextGaussian() * 1.6 - dip(day, 150, 3, 14) - dip(day, 612, 2, 31);
                fans += 0.6 + random.nextGaussian() * 0.9 - dip(day, 150, 3, 9) - dip(day, 612, 2, 22);
                record(c.id(), start.plusDays(day), (int) followers, (int) fans, AudienceSource.PLATFORM, null);
            }
        });
        channel("Twitter/X: @botkyrkabibl", c -> {
            double followers = 2870;
            for (int day = 0; day <= DAYS; day++) {
                double growth = day < 300 ? 0.7 : 0.25;
                followers += growth + random.nextGaussian() * 1.1 - dip(day, 300, 8, 16) - dip(day, 455, 2, 12);
                record(c.id(), start.plusDays(day), (int) followers, null, AudienceSource.PLATFORM, null);
            }
        });
        blog("Bloggen Boktips", 612, 1.3, today, random);
        blog("Bloggen Barn och unga", 305, 0.7, today, random);
        blog("Bloggen Evenemang", 418, 0.9, today, random);
    }

    private void blog(String name, double subscribers, double weeklyGrowth, LocalDate today, Random random) {
        channel(name, c -> {
            Long responsible = duties.of(c.id()).map(ChannelDuty::responsibleId).orElse(null);
            double count = subscribers;
            for (int week = 104; week >= 0; week--) {
                count = Math.max(0, count + weeklyGrowth + random.nextGaussian() * 2 - (week == 40 ? 11 : 0));
                record(c.id(), today.minusWeeks(week), (int) count, null, AudienceSource.MANUAL, responsible);
            }
        });
    }

    private void channel(String name, Consumer<ChannelSummary> seed) {
        channels.all().stream().filter(c -> c.name().equals(name)).findFirst().ifPresent(seed);
    }

    private void record(long channelId, LocalDate day, int followers, Integer fans, AudienceSource source, Long by) {
        clock.at(day.atTime(RECORDED).atZone(zone).toInstant(),
                () -> demo.recordAudience(channelId, day, followers, fans, source, by));
    }

    /** How many leave on a day of a dip that starts on {@code from} and lasts {@code days}. */
    private static double dip(int day, int from, int days, double perDay) {
        return day >= from && day < from + days ? perDay : 0;
    }
}
