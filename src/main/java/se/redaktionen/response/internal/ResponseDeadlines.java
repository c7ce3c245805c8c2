package se.redaktionen.response.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * When a response must be answered (one working day by default) and when it escalates to the
 * editors (two). Deadlines only grow with the time received, so "overdue now" is a single cut-off
 * on the time received, found by halving — the database can then count with an index.
 */
@Component
class ResponseDeadlines {

    private static final Duration SEARCH_BACK = Duration.ofDays(90);

    private final WorkingDays workingDays;
    private final ResponseTimeProperties properties;

    ResponseDeadlines(WorkingDays workingDays, ResponseTimeProperties properties) {
        this.workingDays = workingDays;
        this.properties = properties;
    }

    Instant answerBy(Instant received) {
        return workingDays.deadline(received, properties.answerWithinWorkingDays());
    }

    /**
     * When this response must be answered; null once moderation has hidden or removed it, for then nobody
     * is to answer it, and a deadline shown or counted would only mislead.
     */
    Instant answerBy(Response response) {
        return response.getState().moderated() ? null : answerBy(response.getReceivedAt());
    }

    Instant escalatesAt(Instant received) {
        return workingDays.deadline(received, properties.escalateAfterWorkingDays());
    }

    boolean overdue(Response response, Instant now) {
        return response.getState().open() && now.isAfter(answerBy(response.getReceivedAt()));
    }

    boolean escalated(Response response, Instant now) {
        return response.getState().open() && now.isAfter(escalatesAt(response.getReceivedAt()));
    }

    boolean answeredInTime(Instant received, Instant firstAnswer) {
        return firstAnswer != null && !firstAnswer.isAfter(answerBy(received));
    }

    /** Open responses received before this instant are overdue at {@code now}. */
    Instant overdueIfReceivedBefore(Instant now) {
        return cutoff(now, properties.answerWithinWorkingDays());
    }

    Instant escalatedIfReceivedBefore(Instant now) {
        return cutoff(now, properties.escalateAfterWorkingDays());
    }

    int answerWithinWorkingDays() {
        return properties.answerWithinWorkingDays();
    }

    private Instant cutoff(Instant now, int days) {
        long low = now.minus(SEARCH_BACK).toEpochMilli();
        long high = now.toEpochMilli();
        if (!workingDays.deadline(Instant.ofEpochMilli(low), days).isBefore(now)) {
            return Instant.ofEpochMilli(low);
        }
        while (high - low > 1) {
            long middle = low + (high - low) / 2;
            if (workingDays.deadline(Instant.ofEpochMilli(middle), days).isBefore(now)) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return Instant.ofEpochMilli(high);
    }
}
