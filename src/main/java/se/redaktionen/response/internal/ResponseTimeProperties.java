package se.redaktionen.response.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The library's promise to the public: a response is answered within {@code answerWithinWorkingDays} working days
 * (see {@link WorkingDays} for what a working day is and how the deadline falls); one still unanswered after
 * {@code escalateAfterWorkingDays} goes to the editors.
 */
@ConfigurationProperties("redaktionen.responses")
public record ResponseTimeProperties(
        @DefaultValue("1") int answerWithinWorkingDays,
        @DefaultValue("2") int escalateAfterWorkingDays) {

    // Checked at binding so that a wrong setting stops the start-up instead of the first deadline computation.
    public ResponseTimeProperties {
        if (answerWithinWorkingDays < 1) {
            throw new IllegalArgumentException(
                    "redaktionen.responses.answer-within-working-days must be at least 1, was "
                            + answerWithinWorkingDays);
        }
        if (escalateAfterWorkingDays < answerWithinWorkingDays) {
            throw new IllegalArgumentException("redaktionen.responses.escalate-after-working-days ("
                    + escalateAfterWorkingDays + ") must not be before the answer is due ("
                    + answerWithinWorkingDays + ")");
        }
    }
}
