package se.redaktionen.response;

import java.time.Instant;

/** A response still waiting for an answer, for the dashboard: where it came in, when, and how late it is. */
public record OpenResponse(long id, String channelName, String excerpt, Instant receivedAt, boolean overdue,
                           boolean escalated) {
}
