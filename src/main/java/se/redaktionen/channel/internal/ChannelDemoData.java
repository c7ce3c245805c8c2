package se.redaktionen.channel.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.organisation.People;
import se.redaktionen.platform.ChannelKind;

/**
 * The library's three blogs, its Facebook page and its X account with their responsible people, and
 * the MySpace account it once closed, and one sandbox per kind of platform, seeded once. Their audience
 * is seeded on its own, once, whenever the snapshot table is empty: two years of daily figures for the
 * Facebook page and the X account, weekly counts of the blogs' subscribers.
 */
@Component
@ConditionalOnProperty(name = "redaktionen.demo-mode", havingValue = "true")
@Order(15)
class ChannelDemoData implements ApplicationRunner {

    private final ChannelRepository channels;
    private final People people;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    ChannelDemoData(ChannelRepository channels, People people, Clock clock, JdbcTemplate jdbc,
                    RedaktionenProperties properties) {
        this.channels = channels;
        this.people = people;
        this.clock = clock;
        this.jdbc = jdbc;
        this.zone = properties.timeZone();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (channels.count() == 0) {
            seedChannels();
            channels.flush();
        }
        Integer snapshots = jdbc.queryForObject("select count(*) from audience_snapshot", Integer.class);
        if (snapshots != null && snapshots == 0) {
            seedAudience();
        }
    }

    private void seedChannels() {
        add("Bloggen Boktips", ChannelKind.WORDPRESS_BLOG, null, "https://boktips.bibliotek.botkyrka.example",
                "Boktips från personalen", "anna.lind", "leila.karimi", LocalDate.of(2012, 3, 1));
        add("Bloggen Barn och unga", ChannelKind.WORDPRESS_BLOG, null, "https://barn.bibliotek.botkyrka.example",
                "För barn, unga och föräldrar", "sara.nilsson", "ahmed.yusuf", LocalDate.of(2014, 9, 1));
        add("Bloggen Evenemang", ChannelKind.WORDPRESS_BLOG, null, "https://evenemang.bibliotek.botkyrka.example",
                "Program och evenemang", "johan.berg", "niklas.falk", LocalDate.of(2016, 1, 15));
        add("Facebook: Botkyrka bibliotek", ChannelKind.FACEBOOK_PAGE, "\n\n{signature}", "botkyrkabibliotek",
                "Nyheter, evenemang och dialog", "demo-editor", "omar.haddad", LocalDate.of(2010, 5, 3));
        add("Twitter/X: @botkyrkabibl", ChannelKind.TWITTER, " /{firstName}, {branch}", "@botkyrkabibl",
                "Korta nyheter och direktrapporter", "omar.haddad", "demo-editor", LocalDate.of(2011, 2, 7));
        addSandbox("Övning: blogg", ChannelKind.WORDPRESS_BLOG, null, "Bloggen Boktips");
        addSandbox("Övning: Facebook", ChannelKind.FACEBOOK_PAGE, "\n\n{signature}", "Facebook-sidan");
        addSandbox("Övning: X", ChannelKind.TWITTER, " /{firstName}, {branch}", "X-kontot");
        Channel myspace = add("MySpace: Botkyrka bibliotek", ChannelKind.MANUAL, null, "botkyrkabibliotek",
                "Musik och unga", "johan.berg", "erik.holm", LocalDate.of(2007, 6, 1));
        myspace.retire(LocalDate.of(2011, 12, 31), "Publiken har flyttat till andra kanaler.");
    }

    /**
     * Slow growth with the dips every account knows: a purge of inactive accounts, people leaving after a
     * debated post, many leaving X. Seeded, so every start draws the same figures.
     */
    private void seedAudience() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        LocalDate start = today.minusDays(730);
        Random random = new Random(20_251_101L);
        List<Object[]> rows = new ArrayList<>();
        channels.findByNameIgnoreCase("Facebook: Botkyrka bibliotek").ifPresent(c -> {
            double followers = 4210;
            double fans = 3985;
            for (int day = 0; day <= 730; day++) {
                followers += 1.3 + random.nextGaussian() * 1.6 - dip(day, 150, 3, 14) - dip(day, 612, 2, 31);
                fans += 0.6 + random.nextGaussian() * 0.9 - dip(day, 150, 3, 9) - dip(day, 612, 2, 22);
                rows.add(row(c.getId(), start.plusDays(day), (int) followers, (int) fans, "PLATFORM", null));
            }
        });
        channels.findByNameIgnoreCase("Twitter/X: @botkyrkabibl").ifPresent(c -> {
            double followers = 2870;
            for (int day = 0; day <= 730; day++) {
                double growth = day < 300 ? 0.7 : 0.25;
                followers += growth + random.nextGaussian() * 1.1 - dip(day, 300, 8, 16) - dip(day, 455, 2, 12);
                rows.add(row(c.getId(), start.plusDays(day), (int) followers, null, "PLATFORM", null));
            }
        });
        blog("Bloggen Boktips", 612, 1.3, today, random, rows);
        blog("Bloggen Barn och unga", 305, 0.7, today, random, rows);
        blog("Bloggen Evenemang", 418, 0.9, today, random, rows);
        jdbc.batchUpdate("""
                insert into audience_snapshot (channel_id, counted_on, followers, fans, source, recorded_by,
                recorded_at) values (?, ?, ?, ?, ?, ?, ?)""", rows,
                new int[] {Types.BIGINT, Types.DATE, Types.INTEGER, Types.INTEGER, Types.VARCHAR, Types.BIGINT,
                        Types.TIMESTAMP});
    }

    /** Weekly subscriber counts, typed by the blog's responsible person, the last one today. */
    private void blog(String name, double subscribers, double weeklyGrowth, LocalDate today, Random random,
                      List<Object[]> rows) {
        channels.findByNameIgnoreCase(name).ifPresent(c -> {
            double count = subscribers;
            for (int week = 104; week >= 0; week--) {
                count = Math.max(0, count + weeklyGrowth + random.nextGaussian() * 2 - (week == 40 ? 11 : 0));
                rows.add(row(c.getId(), today.minusWeeks(week), (int) count, null, "MANUAL", c.getResponsibleId()));
            }
        });
    }

    /** How many leave on a day of a dip that starts on {@code from} and lasts {@code days}. */
    private static double dip(int day, int from, int days, double perDay) {
        return day >= from && day < from + days ? perDay : 0;
    }

    private Object[] row(long channelId, LocalDate day, int followers, Integer fans, String source, Long by) {
        return new Object[] {channelId, Date.valueOf(day), followers, fans, source, by,
                Timestamp.from(day.atTime(LocalTime.of(6, 15)).atZone(zone).toInstant())};
    }

    private Channel add(String name, ChannelKind kind, String signature, String handle, String purpose,
                        String responsible, String deputy, LocalDate started) {
        Channel channel = new Channel(name, kind, signature, clock.instant());
        channel.describe(name, kind, handle, null, purpose, person(responsible), person(deputy), started, signature);
        return channels.save(channel);
    }

    /** Sandboxes let newcomers see the whole flow and practise, with the rules of the real account. */
    private void addSandbox(String name, ChannelKind practisesAs, String signature, String standsFor) {
        Channel sandbox = add(name, ChannelKind.SANDBOX, signature, null, "Övningskanal som följer reglerna för "
                + standsFor + "; inget lämnar Redaktionen.", "demo-editor", "anna.lind", LocalDate.of(2026, 1, 1));
        sandbox.practiseAs(practisesAs);
    }

    private long person(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }
}
