package se.redaktionen.channel;

/**
 * A channel as other modules see it. The signature template is null where the channel adds no
 * signature (blogs, whose byline is the sender's name).
 */
public record ChannelSummary(long id, String name, ChannelKind kind, String signatureTemplate, boolean active) {
}
