package se.redaktionen.event;

import java.time.Instant;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * What the zero-setup demo needs from the event module and nothing else does: events added at the clock's
 * time without an editor at the keyboard, past ones included (the page refuses a new event in the past).
 * Only the {@code demo} module calls it.
 */
@NamedInterface("demo")
public interface EventDemo {

    /** An event to seed; exactly one of {@code branchId} and {@code venue}. */
    record NewEvent(String title, EventKind kind, Long branchId, String venue, Instant startsAt, Instant endsAt,
                    String description, String hashtag, long responsibleId, Set<Long> teamIds,
                    Set<Long> channelIds, LiveWindow window, boolean threadOnX) {
    }

    boolean hasEvents();

    /** Returns the new event's id; created by its responsible editor. */
    long add(NewEvent event);
}
