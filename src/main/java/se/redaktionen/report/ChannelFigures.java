package se.redaktionen.report;

import java.time.Duration;

/**
 * One channel's row of "Where do we get response?": exact counts for the period. {@code
 * audienceChange} is null where no audience was counted at both ends of the period.
 */
record ChannelFigures(long channelId, String channel, String kind, boolean active, long postsPublished,
                      long responses, long people, long needingAnswer, long answeredInTime, Double answeredInTimePercent,
                      Duration medianFirstAnswer, Long audienceChange) {
}
