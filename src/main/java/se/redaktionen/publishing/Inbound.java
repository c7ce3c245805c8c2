package se.redaktionen.publishing;

import se.redaktionen.channel.ChannelKind;

/** Reads new responses from a channel's platform, page by page from a stored cursor. */
public interface Inbound {

    /** Whether responses can be read from this kind of platform at all. */
    boolean supports(ChannelKind kind);

    /** The responses after {@code cursor} (null: from the start the platform offers). */
    InboundPage fetch(long channelId, String cursor);
}
