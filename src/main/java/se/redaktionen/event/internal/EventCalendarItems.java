package se.redaktionen.event.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import se.redaktionen.event.Events;
import se.redaktionen.post.CalendarItem;
import se.redaktionen.post.CalendarItems;

/** The events in the posts' calendar, at their times, cancelled ones marked. */
@Component
class EventCalendarItems implements CalendarItems {

    private final Events events;

    EventCalendarItems(Events events) {
        this.events = events;
    }

    @Override
    public List<CalendarItem> between(Instant start, Instant end) {
        return events.overlapping(start, end).stream().map(e -> new CalendarItem(e.startsAt(), e.endsAt(),
                e.title(), "/events/" + e.id(), "event.kind." + e.kind(), e.cancelled(), e.branchName(),
                e.channelIds())).toList();
    }
}
