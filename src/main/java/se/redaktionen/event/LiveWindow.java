package se.redaktionen.event;

import java.time.Duration;
import java.time.Instant;

/**
 * When an event's coverage team may post live: from {@code opens} (included) until {@code closes} (not
 * included), unless the event is cancelled, which closes it for good. Instants, not local times, so that a
 * window across a daylight-saving change is exactly as long as the clock on the wall says it lasted.
 */
public record LiveWindow(Instant opens, Instant closes, boolean cancelled) {

    /** The window opens this long before the event starts, unless the editor moves it. */
    public static final Duration BEFORE_START = Duration.ofMinutes(30);
    /** The window closes this long after the event ends, unless the editor moves it. */
    public static final Duration AFTER_END = Duration.ofMinutes(60);
    /** No window is longer: live posting without review is for the event, not for a season. */
    public static final Duration LONGEST = Duration.ofDays(7);

    public enum State { NOT_YET, OPEN, CLOSED, CANCELLED }

    /** The default window of an event from {@code start} to {@code end}. */
    public static LiveWindow around(Instant start, Instant end) {
        return new LiveWindow(start.minus(BEFORE_START), end.plus(AFTER_END), false);
    }

    public State at(Instant now) {
        if (cancelled) {
            return State.CANCELLED;
        }
        if (now.isBefore(opens)) {
            return State.NOT_YET;
        }
        return now.isBefore(closes) ? State.OPEN : State.CLOSED;
    }

    public boolean openAt(Instant now) {
        return at(now) == State.OPEN;
    }

    /** A window that closes before it opens, or as it opens, lets nobody post. */
    public boolean reversed() {
        return !closes.isAfter(opens);
    }

    public boolean tooLong() {
        return Duration.between(opens, closes).compareTo(LONGEST) > 0;
    }
}
