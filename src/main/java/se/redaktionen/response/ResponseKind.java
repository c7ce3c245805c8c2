package se.redaktionen.response;

/** A comment on a post, a reply in a thread, a mention of the account, a direct message. */
public enum ResponseKind {
    COMMENT, REPLY, MENTION, MESSAGE
}
