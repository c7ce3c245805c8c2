package se.redaktionen.post.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PostRepository extends JpaRepository<Post, Long> {

    @Query("select p from Post p where p.authorId = :personId or p.senderId = :personId order by p.updatedAt desc")
    List<Post> findMine(long personId);

    @Query("select p from Post p where (p.authorId = :personId or p.senderId = :personId) and p.state in :states "
            + "order by p.updatedAt desc")
    List<Post> findMineIn(long personId, java.util.Collection<se.redaktionen.post.PostState> states,
                          org.springframework.data.domain.Pageable page);

    /** The review queue: submitted posts, the longest waiting first. */
    List<Post> findByStateOrderByUpdatedAtAsc(se.redaktionen.post.PostState state);

    long countByState(se.redaktionen.post.PostState state);

    /** Scheduled and published posts with a time in [from, to). */
    @Query("select p from Post p where p.state in :states and p.scheduledAt >= :from and p.scheduledAt < :to")
    List<Post> findTimed(java.util.Collection<se.redaktionen.post.PostState> states, java.time.Instant from,
                         java.time.Instant to);
}
