package se.redaktionen.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock in zero-setup mode: the real time, except on the thread that seeds the demo while
 * a step sets it to a moment in the past, so that the modules stamp history with the time it happened. Only
 * that thread sees the past, and only inside {@link #at}; schedulers and requests running meanwhile, and
 * everything after seeding, see the real time.
 */
final class DemoClock extends Clock {

    private final Clock real;
    private final ThreadLocal<Instant> past;

    DemoClock(Clock real) {
        this(real, new ThreadLocal<>());
    }

    private DemoClock(Clock real, ThreadLocal<Instant> past) {
        this.real = real;
        this.past = past;
    }

    /** Does {@code work} with this thread's clock at {@code moment}, then puts the clock back. */
    <T> T at(Instant moment, Supplier<T> work) {
        Instant before = past.get();
        past.set(moment);
        try {
            return work.get();
        } finally {
            if (before == null) {
                past.remove();
            } else {
                past.set(before);
            }
        }
    }

    void at(Instant moment, Runnable work) {
        at(moment, () -> {
            work.run();
            return null;
        });
    }

    /** The real time, whatever a step has set: what the history is counted back from. */
    Instant realInstant() {
        return real.instant();
    }

    @Override
    public Instant instant() {
        Instant moment = past.get();
        return moment != null ? moment : real.instant();
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(real.withZone(zone), past);
    }
}
