package se.redaktionen.event.internal;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.event.EventDemo;

@Service
@Transactional
class EventDemoService implements EventDemo {

    private final EventRepository events;
    private final Clock clock;

    EventDemoService(EventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasEvents() {
        return events.count() > 0;
    }

    @Override
    public long add(NewEvent e) {
        Event event = new Event(e.responsibleId(), clock.instant());
        event.describe(e.title(), e.kind(), e.branchId(), e.venue(), e.startsAt(), e.endsAt(), e.description(),
                e.hashtag(), e.responsibleId());
        event.cover(e.teamIds(), e.channelIds(), e.window(), e.threadOnX());
        return events.saveAndFlush(event).getId();
    }
}
