package se.redaktionen.channel;

import java.time.Instant;

/**
 * The latest attempt of the daily fetch for a channel. {@code errorCode} is null when it succeeded;
 * otherwise it names why not (the platform module's failure codes) and {@code errorDetail} holds the
 * platform's own words, if any. {@code succeededAt} is the last time a fetch worked, or null.
 */
public record AudienceFetch(Instant attemptedAt, Instant succeededAt, String errorCode, String errorDetail) {

    public boolean failed() {
        return errorCode != null;
    }
}
