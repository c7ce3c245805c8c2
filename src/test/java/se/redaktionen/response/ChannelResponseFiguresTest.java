package se.redaktionen.response;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The share answered in time is of those needing an answer, and there is none when nothing needed one. */
class ChannelResponseFiguresTest {

    private static ChannelResponseFigures figures(long needingAnswer, long answeredInTime) {
        return new ChannelResponseFigures(1, 10, 5, needingAnswer, answeredInTime, answeredInTime, null);
    }

    @Test
    void threeOfFourAnsweredInTimeIs75Percent() {
        assertThat(figures(4, 3).answeredInTimePercent()).isEqualTo(75.0);
    }

    @Test
    void noneAnsweredInTimeIsZeroPercent() {
        assertThat(figures(4, 0).answeredInTimePercent()).isZero();
    }

    @Test
    void nothingNeedingAnAnswerHasNoShare() {
        assertThat(figures(0, 0).answeredInTimePercent()).isNull();
    }
}
