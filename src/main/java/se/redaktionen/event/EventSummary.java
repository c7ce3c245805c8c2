package se.redaktionen.event;

import java.time.Instant;
import java.util.Set;

/**
 * An event as other modules see it. Exactly one of {@code branchName} (a branch of the library) and
 * {@code venue} (a place outside it) is set. The hashtag is without its '#'.
 */
public record EventSummary(long id, String title, EventKind kind, String branchName, String venue, Instant startsAt,
                           Instant endsAt, String hashtag, long responsibleId, Set<Long> teamIds,
                           Set<Long> channelIds, LiveWindow window, boolean threadOnX) {

    public boolean cancelled() {
        return window.cancelled();
    }
}
