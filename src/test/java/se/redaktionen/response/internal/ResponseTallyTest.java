package se.redaktionen.response.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import se.redaktionen.response.ChannelResponseFigures;
import se.redaktionen.response.ResponseState;

/**
 * One channel's figures counted response by response, in a week without holidays: everything received
 * Tuesday 24 November 2026 at 10:00, due Wednesday at 10:00.
 */
class ResponseTallyTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Instant TUESDAY = at("2026-11-24T10:00");
    private static final Instant THURSDAY = at("2026-11-26T10:00");

    private final WorkingDays workingDays = new WorkingDays(STOCKHOLM);
    private final ResponseTally tally = new ResponseTally(4, workingDays,
            new ResponseDeadlines(workingDays, new ResponseTimeProperties(1, 2)));

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(STOCKHOLM).toInstant();
    }

    private void answeredAfter(Duration wait) {
        tally.count(TUESDAY, TUESDAY.plus(wait), ResponseState.ANSWERED, "@eva");
    }

    @Test
    void theFiguresAreTheChannels() {
        assertThat(tally.figures().channelId()).isEqualTo(4);
    }

    @Test
    void everyResponseCountsModeratedOnesIncluded() {
        tally.count(TUESDAY, null, ResponseState.NEW, "@eva");
        tally.count(TUESDAY, null, ResponseState.HIDDEN, "@spam");

        assertThat(tally.figures().responses()).isEqualTo(2);
    }

    @Test
    void peopleInDialogueAreTheDistinctAuthors() {
        tally.count(TUESDAY, null, ResponseState.NEW, "@eva");
        tally.count(TUESDAY, null, ResponseState.ASSIGNED, "@eva");
        tally.count(TUESDAY, null, ResponseState.NEW, "@omar");

        assertThat(tally.figures().people()).isEqualTo(2);
    }

    @Test
    void theAuthorOfAModeratedResponseIsNotInDialogue() {
        tally.count(TUESDAY, null, ResponseState.REMOVED, "@spam");

        assertThat(tally.figures().people()).isZero();
    }

    @Test
    void aResponseWithoutAuthorIsNobodyInDialogue() {
        tally.count(TUESDAY, null, ResponseState.NEW, "");

        assertThat(tally.figures().people()).isZero();
    }

    @Test
    void anOpenResponseNeedsAnAnswerAndIsNotAnswered() {
        tally.count(TUESDAY, null, ResponseState.ASSIGNED, "@eva");

        ChannelResponseFigures figures = tally.figures();
        assertThat(figures.needingAnswer()).isEqualTo(1);
        assertThat(figures.answered()).isZero();
        assertThat(figures.medianFirstAnswer()).isNull();
    }

    @Test
    void aResponseMarkedNoActionNeedsNoAnswerEvenIfSomeoneAnswered() {
        tally.count(TUESDAY, THURSDAY, ResponseState.NO_ACTION_NEEDED, "@eva");

        assertThat(tally.figures().needingAnswer()).isZero();
        assertThat(tally.figures().answered()).isZero();
    }

    @Test
    void aHiddenResponseNeedsNoAnswer() {
        tally.count(TUESDAY, null, ResponseState.HIDDEN, "@spam");

        assertThat(tally.figures().needingAnswer()).isZero();
    }

    @Test
    void anAnswerByTheDeadlineIsAnsweredInTime() {
        tally.count(TUESDAY, at("2026-11-25T10:00"), ResponseState.ANSWERED, "@eva");

        assertThat(tally.figures().answered()).isEqualTo(1);
        assertThat(tally.figures().answeredInTime()).isEqualTo(1);
    }

    @Test
    void anAnswerAfterTheDeadlineIsAnsweredButNotInTime() {
        tally.count(TUESDAY, THURSDAY, ResponseState.ANSWERED, "@omar");

        assertThat(tally.figures().answered()).isEqualTo(1);
        assertThat(tally.figures().answeredInTime()).isZero();
    }

    @Test
    void theMedianOfThreeFirstAnswersIsTheMiddleOne() {
        answeredAfter(Duration.ofHours(5));
        answeredAfter(Duration.ofHours(1));
        answeredAfter(Duration.ofHours(2));

        assertThat(tally.figures().medianFirstAnswer()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void theMedianOfTwoFirstAnswersIsHalfWayBetweenThem() {
        answeredAfter(Duration.ofHours(3));
        answeredAfter(Duration.ofHours(1));

        assertThat(tally.figures().medianFirstAnswer()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void theMedianOfFourFirstAnswersIsHalfWayBetweenTheMiddleTwo() {
        answeredAfter(Duration.ofHours(1));
        answeredAfter(Duration.ofHours(2));
        answeredAfter(Duration.ofHours(4));
        answeredAfter(Duration.ofHours(8));

        assertThat(tally.figures().medianFirstAnswer()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void theTimeToTheFirstAnswerIsWorkingTimeSoTheWeekendDoesNotCount() {
        tally.count(at("2026-11-27T16:00"), at("2026-11-30T10:00"), ResponseState.ANSWERED, "@eva");

        assertThat(tally.figures().medianFirstAnswer()).isEqualTo(Duration.ofHours(18));
    }
}
