package se.redaktionen.publishing.internal;

import se.redaktionen.channel.ChannelAccount;
import se.redaktionen.channel.ChannelKind;

/**
 * A platform that reports an account's audience. Like {@link PlatformAdapter}, it either answers or
 * throws {@link PlatformFailure}, and never logs or returns a credential.
 */
interface AudienceReader {

    /** The audience as the platform reports it; {@code fans} is null where the platform has none. */
    record Audience(int followers, Integer fans) {
    }

    ChannelKind kind();

    Audience audience(ChannelAccount account);
}
