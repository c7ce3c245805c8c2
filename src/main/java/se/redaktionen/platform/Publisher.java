package se.redaktionen.platform;

import java.util.Optional;

/** Publishes posts and replies on a platform, and finds them again where an answer was lost. */
public interface Publisher extends Capability {

    Published publish(ChannelAccount account, Outgoing outgoing);

    /** Asks the platform whether this publication already exists there: the way out of UNCERTAIN. */
    Optional<Published> find(ChannelAccount account, Outgoing outgoing);
}
