package se.redaktionen.event.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EventRepository extends JpaRepository<Event, Long> {

    @Query("select e from Event e where e.startsAt < :to and e.endsAt > :from order by e.startsAt, e.id")
    List<Event> findOverlapping(Instant from, Instant to);

    /** Not yet over: soonest first. */
    List<Event> findByEndsAtGreaterThanOrderByStartsAtAscIdAsc(Instant now, Pageable page);

    long countByEndsAtGreaterThan(Instant now);

    /** Over: the latest first. */
    List<Event> findByEndsAtLessThanEqualOrderByStartsAtDescIdDesc(Instant now, Pageable page);

    long countByEndsAtLessThanEqual(Instant now);
}
