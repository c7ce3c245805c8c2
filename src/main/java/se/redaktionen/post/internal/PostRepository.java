package se.redaktionen.post.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import se.redaktionen.Refused;

public interface PostRepository extends JpaRepository<Post, Long> {

    /** The post, or 404 for a number that is not (or no longer) a post. */
    default Post existing(long id) {
        return findById(id).orElseThrow(Refused::notFound);
    }

    @Query("select p from Post p where (p.authorId = :personId or p.senderId = :personId) and p.state in :states "
            + "order by p.updatedAt desc")
    List<Post> findMineIn(long personId, java.util.Collection<se.redaktionen.post.PostState> states,
                          org.springframework.data.domain.Pageable page);

    /** The review queue: submitted posts, the longest waiting first. */
    List<Post> findByStateOrderByUpdatedAtAsc(se.redaktionen.post.PostState state);

    long countByState(se.redaktionen.post.PostState state);

    /**
     * Approved and published posts in [from, to) at the time the calendar shows them: a published post
     * at its publication (the move to PUBLISHED), an approved one at its scheduled time or, without one,
     * at its approval, since it is due at once. Each post enters either state once.
     */
    @Query("""
            select new se.redaktionen.post.internal.CalendarEntry(p, coalesce(
                   case when p.state = se.redaktionen.post.PostState.APPROVED then p.scheduledAt end, t.at))
            from Post p left join PostTransition t on t.postId = p.id and t.toState = p.state
            where p.state in (se.redaktionen.post.PostState.APPROVED, se.redaktionen.post.PostState.PUBLISHED)
              and coalesce(case when p.state = se.redaktionen.post.PostState.APPROVED then p.scheduledAt end, t.at)
                  >= :from
              and coalesce(case when p.state = se.redaktionen.post.PostState.APPROVED then p.scheduledAt end, t.at)
                  < :to""")
    List<CalendarEntry> findInCalendar(java.time.Instant from, java.time.Instant to);
}
