package se.redaktionen.event.internal;

import java.time.Clock;
import java.util.List;
import java.util.function.IntFunction;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.web.Paging;

/**
 * The events as a list, for the page and the API: those not yet over soonest first, or those over the
 * latest first. An event is over when it has ended, cancelled or not.
 */
@Service
@Transactional(readOnly = true)
class EventListing {

    record Page(List<Event> events, long total, int number, int size) {

        Paging paging(IntFunction<String> href) {
            return Paging.of(total, number, size, href);
        }
    }

    private final EventRepository events;
    private final Clock clock;

    EventListing(EventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Page {@code number} (from 1) of {@code size}; past the last page is the last page. */
    Page page(boolean past, int number, int size) {
        var now = clock.instant();
        long total = past ? events.countByEndsAtLessThanEqual(now) : events.countByEndsAtGreaterThan(now);
        int page = Paging.of(total, number, size, n -> "").page();
        PageRequest request = PageRequest.of(page - 1, size);
        List<Event> found = past ? events.findByEndsAtLessThanEqualOrderByStartsAtDescIdDesc(now, request)
                : events.findByEndsAtGreaterThanOrderByStartsAtAscIdAsc(now, request);
        return new Page(found, total, page, size);
    }
}
