package se.redaktionen.platform.internal.facebook;

import se.redaktionen.platform.Capability;
import se.redaktionen.platform.ChannelKind;

/** What every one of Facebook's capabilities is built on: its kind, said once, and its client. */
abstract class FacebookCapability implements Capability {

    final FacebookGraph graph;

    FacebookCapability(FacebookGraph graph) {
        this.graph = graph;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.FACEBOOK_PAGE;
    }
}
