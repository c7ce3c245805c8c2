package se.redaktionen.post.internal;

import java.time.Instant;

/** A post in the calendar at the time it appears there: its publication, or the time it is due. */
public record CalendarEntry(Post post, Instant at) {
}
