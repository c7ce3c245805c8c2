package se.redaktionen.platform;

/** What a platform reports: a comment on a post, a reply in a thread, a mention, a direct message. */
public enum InboundKind {
    COMMENT, REPLY, MENTION, MESSAGE
}
