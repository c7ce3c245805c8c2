package se.redaktionen.platform;

/** Reads new responses from a channel's platform, page by page from a stored cursor. */
public interface Inbound {

    /** Whether responses can be read from this kind of platform at all. */
    boolean supports(ChannelKind kind);

    /**
     * Whether this channel can be read and answered now: active, on a platform that can be read, and
     * with credentials stored where the platform needs them.
     */
    boolean ready(long channelId);

    /** The responses after {@code cursor} (null: from the start the platform offers). */
    InboundPage fetch(long channelId, String cursor);
}
