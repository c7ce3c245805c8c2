package se.redaktionen.platform;

import java.time.Instant;

/**
 * One response as a platform reports it. {@code inReplyTo} is the platform id of what it answers
 * (a post of ours, or a comment), {@code parentPlatformId} the post the thread belongs to.
 */
public record InboundResponse(String platformId, InboundKind kind, String inReplyTo, String parentPlatformId,
                              String authorName, String authorHandle, String text, Instant at) {
}
