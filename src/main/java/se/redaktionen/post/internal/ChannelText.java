package se.redaktionen.post.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The exact text one target channel gets, signature included, and its length counted that channel's way. */
@Embeddable
public class ChannelText {

    @Column(name = "channel_id", nullable = false)
    private long channelId;

    @Column(name = "rendered_text", nullable = false, length = 70000)
    private String renderedText;

    @Column(nullable = false)
    private int length;

    protected ChannelText() {
    }

    ChannelText(long channelId, String renderedText, int length) {
        this.channelId = channelId;
        this.renderedText = renderedText;
        this.length = length;
    }

    public long getChannelId() {
        return channelId;
    }

    public String getRenderedText() {
        return renderedText;
    }

    public int getLength() {
        return length;
    }
}
