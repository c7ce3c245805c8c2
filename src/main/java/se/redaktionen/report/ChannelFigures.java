package se.redaktionen.report;

import java.time.Duration;

import se.redaktionen.channel.AudienceUnit;

/**
 * One channel's row of "Where do we get response?": exact counts for the period. {@code
 * audienceChange} counts what {@code audienceUnit} names (followers or subscribers) and is null where no
 * audience was counted at both ends of the period; {@code fansChange} is a Facebook page's fans (page
 * likes) beside its followers, null where not fetched at both ends.
 */
record ChannelFigures(long channelId, String channel, String kind, boolean active, long postsPublished,
                      long responses, long people, long needingAnswer, long answeredInTime, Double answeredInTimePercent,
                      Duration medianFirstAnswer, Long audienceChange, AudienceUnit audienceUnit, Long fansChange) {
}
