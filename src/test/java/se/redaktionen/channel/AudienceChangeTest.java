package se.redaktionen.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The audience change over a period: last minus first, and as a percentage of the first, to one decimal. */
class AudienceChangeTest {

    private static final LocalDate SEPTEMBER = LocalDate.of(2026, 9, 1);
    private static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 30);

    private static AudienceSnapshot snapshot(LocalDate on, int followers, Integer fans) {
        return new AudienceSnapshot(on, followers, fans, AudienceSource.MANUAL);
    }

    @Test
    void fromThreeHundredToThreeHundredAndTenFollowersIsTenMoreOrThreePointThreePercent() {
        AudienceChange change = AudienceChange.between(snapshot(SEPTEMBER, 300, null), snapshot(NOVEMBER, 310, null));

        assertThat(change.followers()).isEqualTo(10);
        assertThat(change.percent()).isEqualTo(new BigDecimal("3.3"));
    }

    @Test
    void aLossIsANegativeChange() {
        AudienceChange change = AudienceChange.between(snapshot(SEPTEMBER, 200, null), snapshot(NOVEMBER, 150, null));

        assertThat(change.followers()).isEqualTo(-50);
        assertThat(change.percent()).isEqualTo(new BigDecimal("-25.0"));
    }

    @Test
    void aChangeFromNoFollowersHasNoPercentage() {
        AudienceChange change = AudienceChange.between(snapshot(SEPTEMBER, 0, null), snapshot(NOVEMBER, 12, null));

        assertThat(change.followers()).isEqualTo(12);
        assertThat(change.percent()).isNull();
    }

    @Test
    void fansCountWhenBothEndsHaveThem() {
        AudienceChange change = AudienceChange.between(snapshot(SEPTEMBER, 300, 400), snapshot(NOVEMBER, 310, 420));

        assertThat(change.fans()).isEqualTo(20);
        assertThat(change.fansPercent()).isEqualTo(new BigDecimal("5.0"));
    }

    @Test
    void fansMissingAtTheStartGiveNoFanChange() {
        AudienceChange change = AudienceChange.between(snapshot(SEPTEMBER, 300, null), snapshot(NOVEMBER, 310, 420));

        assertThat(change.fans()).isNull();
        assertThat(change.fansPercent()).isNull();
    }

    @Test
    void fansMissingAtTheEndGiveNoFanChange() {
        AudienceChange change = AudienceChange.between(snapshot(SEPTEMBER, 300, 400), snapshot(NOVEMBER, 310, null));

        assertThat(change.fans()).isNull();
    }

    @Test
    void theChangeRunsFromTheFirstSnapshotsDayToTheLastsDay() {
        AudienceChange change = AudienceChange.between(snapshot(SEPTEMBER, 300, null), snapshot(NOVEMBER, 310, null));

        assertThat(change.since()).isEqualTo(SEPTEMBER);
        assertThat(change.until()).isEqualTo(NOVEMBER);
    }
}
