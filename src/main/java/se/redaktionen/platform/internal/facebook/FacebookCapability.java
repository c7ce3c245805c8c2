package se.redaktionen.platform.internal.facebook;

import java.util.Set;

import se.redaktionen.platform.Capability;
import se.redaktionen.platform.ChannelKind;

/** What every one of Facebook's capabilities is built on: its kind, said once, and its client. */
abstract class FacebookCapability implements Capability {

    final FacebookGraph graph;

    FacebookCapability(FacebookGraph graph) {
        this.graph = graph;
    }

    @Override
    public Set<ChannelKind> kinds() {
        return Set.of(ChannelKind.FACEBOOK_PAGE);
    }
}
