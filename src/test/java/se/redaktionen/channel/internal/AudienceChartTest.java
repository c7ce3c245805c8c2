package se.redaktionen.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import se.redaktionen.channel.AudienceChange;
import se.redaktionen.channel.AudienceSnapshot;
import se.redaktionen.channel.AudienceSource;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.Bundles;

/** The chart's geometry, the period from the request and the figures in words. */
class AudienceChartTest {

    private static final LocalDate SEP_1 = LocalDate.of(2025, 9, 1);
    private static final Locale SV = Locale.forLanguageTag("sv");

    @Test
    void thePointsSpanThePlotFromThePeriodsFirstToItsLastDayAndTheAxesAreLabelled() {
        List<AudienceSnapshot> snapshots = List.of(snapshot(SEP_1, 1000, 900), snapshot(SEP_1.plusDays(15), 1050, 950),
                snapshot(SEP_1.plusDays(30), 1100, 960));

        AudienceChart chart = AudienceChart.of(snapshots, SEP_1, SEP_1.plusDays(30), "Följare", "Fans", SV);

        assertThat(chart.series()).hasSize(2);
        AudienceChart.Series followers = chart.series().get(0);
        assertThat(followers.dashed()).isFalse();
        assertThat(followers.path()).startsWith("M84.0 ").contains(" L392.0 ").contains(" L700.0 ");
        assertThat(followers.markers()).hasSize(3);
        assertThat(chart.series().get(1).dashed()).as("fans are told apart by the line, not its colour").isTrue();
        assertThat(chart.yTicks()).extracting(AudienceChart.Tick::label).contains("900", "1\u00a0000", "1\u00a0100");
        assertThat(chart.yTicks().get(0).position()).isEqualTo("250.0");
        assertThat(chart.xTicks()).extracting(AudienceChart.Tick::label).first().isEqualTo("1 sep.");
        assertThat(chart.xTicks()).extracting(AudienceChart.Tick::anchor).first().isEqualTo("start");
    }

    @Test
    void withoutFansThereIsOneLineAndAFlatLineStillHasARange() {
        AudienceChart chart = AudienceChart.of(List.of(snapshot(SEP_1, 500, null)), SEP_1, SEP_1, "Följare", "Fans",
                SV);

        assertThat(chart.series()).hasSize(1);
        assertThat(chart.series().get(0).path()).isEqualTo("M392.0 135.0");
        assertThat(chart.yTicks()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void longPeriodsGetThinnedMarkersButEveryPointOnTheLine() {
        List<AudienceSnapshot> days = java.util.stream.IntStream.rangeClosed(0, 730)
                .mapToObj(i -> snapshot(SEP_1.plusDays(i), 4000 + i, null)).toList();

        AudienceChart chart = AudienceChart.of(days, SEP_1, SEP_1.plusDays(730), "Följare", null, SV);

        assertThat(chart.series().get(0).path().split(" L")).hasSize(731);
        assertThat(chart.series().get(0).markers()).hasSizeLessThanOrEqualTo(AudienceChart.MAX_MARKERS + 1);
        assertThat(chart.xTicks().get(0).label()).isEqualTo("1 sep. 2025");
    }

    @Test
    void niceStepsAreOneTwoOrFiveTimesAPowerOfTen() {
        assertThat(AudienceChart.niceStep(0.3)).isEqualTo(1);
        assertThat(AudienceChart.niceStep(3)).isEqualTo(5);
        assertThat(AudienceChart.niceStep(27.5)).isEqualTo(50);
        assertThat(AudienceChart.niceStep(140)).isEqualTo(200);
    }

    @Test
    void thePeriodDefaultsToTheLast90DaysTodayIncludedAndNamesWhatWasWrong() {
        LocalDate today = LocalDate.of(2025, 11, 30);

        assertThat(AudiencePeriod.parse(null, null, today)).isEqualTo(new AudiencePeriod(today.minusDays(89), today, null));
        assertThat(AudiencePeriod.parse("2025-09-01", "2025-10-01", today))
                .isEqualTo(new AudiencePeriod(SEP_1, LocalDate.of(2025, 10, 1), null));
        assertThat(AudiencePeriod.parse("2025-13-01", "", today).problem()).isEqualTo("audience.period.invalid");
        assertThat(AudiencePeriod.parse("1 sep", null, today).from()).isEqualTo(today.minusDays(89));
        assertThat(AudiencePeriod.parse("2025-10-01", "2025-09-01", today).problem())
                .isEqualTo("audience.period.reversed");
    }

    @Test
    void theChangeReadsAsASentenceInSwedishAndEnglish() {
        AudienceChange change = AudienceChange.between(snapshot(SEP_1, 3529, 3400),
                snapshot(SEP_1.plusDays(30), 3649, 3383));

        assertThat(new AudienceWords(Bundles.messages(), SV).change(change, ChannelKind.FACEBOOK_PAGE)).containsExactly(
                "+120 följare (+3,4 %) sedan 1 sep. 2025", "\u221217 gilla-markeringar (\u22120,5 %) sedan 1 sep. 2025");
        assertThat(new AudienceWords(Bundles.messages(), Locale.ENGLISH).change(change, ChannelKind.WORDPRESS_BLOG))
                .first().isEqualTo("+120 subscribers (+3.4%) since 1 Sep 2025");
    }

    @Test
    void aFetchErrorUsesTheAudiencesOwnWordsWhereThePublishingOnesDoNotFit() {
        AudienceWords words = new AudienceWords(Bundles.messages(), SV);

        assertThat(words.fetchError("TOKEN_INVALID", "X")).startsWith("Plattformen godtar inte inloggningsuppgifterna");
        assertThat(words.fetchError("TIMEOUT", "X")).contains("hämtas igen i morgon");
        assertThat(words.fetchError("NO_SUCH_CODE", "X")).startsWith("Ett oväntat fel");
    }

    private static AudienceSnapshot snapshot(LocalDate day, int followers, Integer fans) {
        return new AudienceSnapshot(day, followers, fans, AudienceSource.PLATFORM);
    }
}
