package se.redaktionen.channel.internal;

import java.net.URI;
import java.util.List;

import se.redaktionen.platform.ChannelKind;

/** How a step of Connect ended, for the page to say. */
sealed interface ConnectOutcome {

    /** The admin goes to the platform to authorize. */
    record Authorize(URI address) implements ConnectOutcome {
    }

    /** The channel now holds the account's credentials. */
    record Connected(long channelId, String account) implements ConnectOutcome {
    }

    /** The authorization reached several accounts: the admin chooses one under {@code key}. */
    record Choose(String key, ChannelKind kind, long channelId, String channelName, List<Option> options)
            implements ConnectOutcome {
    }

    /** One account to choose from: its handle and the name the platform shows. */
    record Option(String handle, String name) {
    }

    /**
     * Nothing changed, and why: a message key (its arguments the platform's name, the minutes a flow lasts and the
     * permissions the admin did not grant), the channel when known, and the platform's own words when it sent some.
     */
    record Refused(String reason, ChannelKind kind, Long channelId, String platformSaid, String missingPermissions)
            implements ConnectOutcome {

        Refused(String reason, ChannelKind kind, Long channelId, String platformSaid) {
            this(reason, kind, channelId, platformSaid, null);
        }
    }
}
