package se.redaktionen.post;

import java.time.Instant;
import java.util.Set;

/**
 * Something besides the posts that the calendar shows at its time — an event, for one — given by a
 * module above {@code post} through {@link CalendarItems}. {@code kindKey} is the message key of what it
 * is; the branch and the channels are what the calendar's filters look at.
 */
public record CalendarItem(Instant start, Instant end, String title, String href, String kindKey, boolean cancelled,
                           String branchName, Set<Long> channelIds) {
}
