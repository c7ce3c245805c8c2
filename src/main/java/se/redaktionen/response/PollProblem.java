package se.redaktionen.response;

import java.time.Instant;

/** A channel whose responses could not be read the last time, with the reason and how often in a row. */
public record PollProblem(long channelId, String channelName, String errorCode, String errorDetail, int failedPolls,
                          Instant lastPolledAt) {
}
