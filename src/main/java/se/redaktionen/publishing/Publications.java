package se.redaktionen.publishing;

import java.time.Instant;
import java.util.List;

import se.redaktionen.channel.PublicationActivity;

/**
 * The publishing module's public API: the outbox rows of approved posts, and what editors may do
 * with them. Scheduling joins the caller's transaction, so an approval and its publications commit
 * together or not at all. Refusals are {@link PublicationRefused} with a message key.
 */
public interface Publications extends PublicationActivity {

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

    /** Channels whose recent attempts keep failing. */
    List<ChannelAlert> alerts();
}
