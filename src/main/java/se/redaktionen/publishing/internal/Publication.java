package se.redaktionen.publishing.internal;

import java.time.Instant;

import se.redaktionen.platform.Outgoing;
import se.redaktionen.publishing.PublicationState;

/**
 * One row of the outbox as the pipeline reads it: a post on a channel, or ({@code responseId} set) a
 * reply to a response, published under {@code inReplyTo} (the platform's id of what is answered) and
 * {@code replyParent} (the post it sits under, where the platform needs that).
 */
record Publication(long id, Long postId, long channelId, String slug, String title, String text, String link,
                   PublicationState state, Instant dueAt, Instant nextAttemptAt, int attempts, String claimToken,
                   Instant leaseUntil, String platformId, String url, String errorCode, String errorDetail,
                   Instant publishedAt, Instant createdAt, Long responseId, String inReplyTo, String replyParent) {

    /** A post's publication, no reply. */
    Publication(long id, long postId, long channelId, String slug, String title, String text, String link,
                PublicationState state, Instant dueAt, Instant nextAttemptAt, int attempts, String claimToken,
                Instant leaseUntil, String platformId, String url, String errorCode, String errorDetail,
                Instant publishedAt, Instant createdAt) {
        this(id, Long.valueOf(postId), channelId, slug, title, text, link, state, dueAt, nextAttemptAt, attempts,
                claimToken, leaseUntil, platformId, url, errorCode, errorDetail, publishedAt, createdAt, null, null,
                null);
    }

    boolean isReply() {
        return inReplyTo != null;
    }

    /** What the platform is sent. */
    Outgoing outgoing() {
        return new Outgoing(slug, title, text, link, createdAt, inReplyTo, replyParent);
    }
}
