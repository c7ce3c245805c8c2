package se.redaktionen.post;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * What the zero-setup demo needs from the post module and nothing else does: posts written and moved through
 * the review workflow's states at the clock's time, by people who never acknowledged a guideline, and
 * publications imported as history. Each step is the post's own state machine. Only the {@code demo} module
 * calls it.
 */
@NamedInterface("demo")
public interface PostDemo {

    boolean hasPosts();

    /** A post by {@code authorId}, signed by {@code senderId}, rendered for each channel; returns its id. */
    long write(long authorId, long senderId, String title, String body, String link, List<Long> channelIds,
               Instant scheduledAt);

    void move(long postId, PostState next, Long actorId, String comment);

    void comment(long postId, long personId, String text);

    /** The approved post's publications, due at its scheduled time, through the outbox. */
    void schedulePublications(long postId);

    /** A publication of the post on a channel that happened before today, as the platform knows it. */
    void importPublished(long postId, long channelId, Instant publishedAt, String platformId, String url);
}
