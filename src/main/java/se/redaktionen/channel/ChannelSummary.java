package se.redaktionen.channel;

import se.redaktionen.platform.ChannelKind;

/**
 * A channel as other modules see it. The signature template is null where the channel adds no
 * signature (blogs, whose byline is the sender's name). {@code rules} is the platform whose length
 * limit and counting apply: the kind itself, or for a sandbox the kind it practises.
 */
public record ChannelSummary(long id, String name, ChannelKind kind, String signatureTemplate, boolean active,
                             ChannelKind rules) {

    /** A practice channel (sandbox): its posts and responses are training, not the library's audience. */
    public boolean practice() {
        return kind.practice();
    }
}
