package se.redaktionen.event;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.event.internal.EventRepository;
import se.redaktionen.event.internal.EventSummaries;

/** The event module's public API: what other modules may ask about events. */
@Service
@Transactional(readOnly = true)
public class Events {

    private final EventRepository events;
    private final EventSummaries summaries;

    Events(EventRepository events, EventSummaries summaries) {
        this.events = events;
        this.summaries = summaries;
    }

    /** Events that overlap [from, to), cancelled ones included, by start. */
    public List<EventSummary> overlapping(Instant from, Instant to) {
        return summaries.of(events.findOverlapping(from, to));
    }
}
