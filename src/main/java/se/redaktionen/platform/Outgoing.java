package se.redaktionen.platform;

import java.time.Instant;

/**
 * What is published: a post, or ({@code inReplyTo} set) a reply under the platform's id of what it
 * answers, with {@code replyParent} the post it sits under where the platform needs that. The slug is
 * its idempotency key; {@code createdAt} tells reconciliation how far back to look.
 */
public record Outgoing(String slug, String title, String text, String link, Instant createdAt, String inReplyTo,
                       String replyParent) {

    public boolean isReply() {
        return inReplyTo != null;
    }
}
