package se.redaktionen.publishing;

import java.time.Instant;
import java.util.List;

import se.redaktionen.channel.PublicationActivity;

/**
 * The publishing module's public API: the outbox rows of approved posts, and what editors may do
 * with them. Scheduling joins the caller's transaction, so an approval and its publications commit
 * together or not at all. Refusals are {@link se.redaktionen.Refused}s with a message key.
 */
public interface Publications extends PublicationActivity {

    /** The longest address an editor may give for a post published by hand. */
    int MAX_URL = 2000;

    /** One publication per target channel, due at {@code dueAt} (now when null or past). */
    void schedule(long postId, Instant dueAt, List<PublicationRequest> requests);

    /** Publishing cannot be taken back once a platform may have it; until then a withdrawal cancels it all. */
    void cancelForWithdrawal(long postId);

    List<PublicationView> forPost(long postId);

    PublicationView find(long id);

    PublicationView retry(long id);

    PublicationView cancel(long id);

    /** For channels without API access: an editor has published by hand and gives the address. */
    PublicationView markPublishedByHand(long id, String url, long editorId);

    /**
     * Records a publication that happened outside Redaktionen's outbox — history from before
     * Redaktionen, imported — as {@code PUBLISHED} at {@code publishedAt} with the platform's id and
     * address and no attempts. Nothing is sent anywhere; responses to it are then routed to the post's
     * sender and it counts in the figures like any other. The post's own state is the caller's.
     * Joins the caller's transaction. Returns its id.
     */
    long importPublished(long postId, long channelId, String title, String text, String link, Instant publishedAt,
                         String platformId, String url);

    /**
     * A reply to a response from the public, through the same outbox: {@code inReplyTo} is the
     * platform's id of what is answered, {@code replyParent} the post it sits under. Returns its id.
     */
    long scheduleReply(long responseId, long channelId, String inReplyTo, String replyParent, String text);

    /** The published publication on a channel with this platform id: what a response answers, if ours. */
    java.util.Optional<PublicationView> findPublished(long channelId, String platformId);

    /** Posts published per channel id in [from, to) (replies to responses not counted). */
    java.util.Map<Long, Long> postsPublished(Instant from, Instant to);

    /** Channels whose recent attempts keep failing. */
    List<ChannelAlert> alerts();
}
