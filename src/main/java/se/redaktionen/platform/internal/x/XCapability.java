package se.redaktionen.platform.internal.x;

import java.util.Set;

import se.redaktionen.platform.Capability;
import se.redaktionen.platform.ChannelKind;

/** What every one of X's capabilities is built on: its kind, said once, and its client. */
abstract class XCapability implements Capability {

    final XClient x;

    XCapability(XClient x) {
        this.x = x;
    }

    @Override
    public Set<ChannelKind> kinds() {
        return Set.of(ChannelKind.TWITTER);
    }
}
