package se.redaktionen.publishing.internal;

import java.util.Optional;

import se.redaktionen.channel.ChannelAccount;
import se.redaktionen.channel.ChannelKind;

/**
 * One platform's API. Every method either answers or throws {@link PlatformFailure}; none of them
 * logs or returns a credential.
 */
interface PlatformAdapter {

    ChannelKind kind();

    Published publish(ChannelAccount account, Publication publication);

    /** Asks the platform whether this publication already exists there: the way out of UNCERTAIN. */
    Optional<Published> find(ChannelAccount account, Publication publication);

    /** Calls the platform with the stored credentials and describes the account it reached. */
    String testConnection(ChannelAccount account);

    /** Where the credentials go, so the connection test can warn of plain http; null where nothing leaves. */
    default String address(ChannelAccount account) {
        return null;
    }

    /** Whether {@link #fetchResponses} reads anything from this platform. */
    boolean readsResponses();

    /** Hides ({@code remove} false) or removes a response on the platform; NO_API where it cannot. */
    void moderate(ChannelAccount account, String platformId, boolean remove);

    /** New responses after the cursor, oldest first. */
    se.redaktionen.publishing.InboundPage fetchResponses(ChannelAccount account, String cursor);
}
