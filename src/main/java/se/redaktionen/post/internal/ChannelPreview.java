package se.redaktionen.post.internal;

import se.redaktionen.channel.ChannelSummary;

/**
 * A channel's text as the author sees it before saving, with its count against the channel's limit,
 * and whether the channel is connected (has the credentials publishing needs).
 */
public record ChannelPreview(ChannelSummary channel, String text, int length, Integer limit, boolean connected) {

    public boolean overLimit() {
        return limit != null && length > limit;
    }
}
