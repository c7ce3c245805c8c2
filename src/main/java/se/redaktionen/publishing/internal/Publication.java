package se.redaktionen.publishing.internal;

import java.time.Instant;

import se.redaktionen.publishing.PublicationState;

/** One row of the outbox as the pipeline reads it. */
record Publication(long id, long postId, long channelId, String slug, String title, String text, String link,
                   PublicationState state, Instant dueAt, Instant nextAttemptAt, int attempts, String claimToken,
                   Instant leaseUntil, String platformId, String url, String errorCode, String errorDetail,
                   Instant publishedAt, Instant createdAt) {
}
