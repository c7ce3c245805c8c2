package se.redaktionen.publishing;

import java.time.Instant;

import se.redaktionen.platform.ChannelKind;

/**
 * One publication as the post page and the API show it. {@code errorCode} names the reason in a
 * form the pages translate; {@code errorDetail} is the platform's own words.
 */
public record PublicationView(long id, Long postId, Long responseId, long channelId, String channelName, ChannelKind channelKind,
                              PublicationState state, int attempts, Instant dueAt, Instant nextAttemptAt,
                              String platformId, String url, String errorCode, String errorDetail,
                              Instant publishedAt, boolean manual) {

    public boolean retryable() {
        return state == PublicationState.FAILED;
    }

    public boolean cancellable() {
        return state == PublicationState.PENDING || state == PublicationState.FAILED;
    }

    /** Manual channels wait for an editor to publish by hand and paste the address. */
    public boolean awaitingEditor() {
        return manual && (state == PublicationState.PENDING || state == PublicationState.FAILED);
    }
}
