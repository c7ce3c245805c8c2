package se.redaktionen.publishing;

import java.time.Instant;

/** A channel whose recent publishing attempts keep failing, for the dashboard. */
public record ChannelAlert(long channelId, String channelName, int failures, String lastErrorCode,
                           Instant lastFailureAt) {
}
