package se.redaktionen.response;

import java.time.Instant;

/** An active channel nobody has gone through within its interval; {@code lastSupervisedAt} null: never. */
public record SupervisionWarning(long channelId, String channelName, int intervalDays, Instant lastSupervisedAt) {
}
