package se.redaktionen.post;

import java.time.Instant;
import java.util.List;

/**
 * What another module puts in the calendar beside the posts. The module implements this, and the calendar
 * asks every implementation, so the calendar needs to know nothing of the modules above it (the events
 * module depends on post, never the other way round).
 */
public interface CalendarItems {

    /** The items that overlap [start, end). */
    List<CalendarItem> between(Instant start, Instant end);
}
