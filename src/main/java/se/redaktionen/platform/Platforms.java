package se.redaktionen.platform;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * What each kind of channel's platform can do: a platform can do what its package has a class for, and
 * nothing else. A new platform is a new package of such classes; nothing here or elsewhere changes. One
 * class may serve several kinds (see {@link Capability#kinds}), but each kind has one class per capability.
 */
@Component
public class Platforms {

    private final Map<ChannelKind, Publisher> publishers;
    private final Map<ChannelKind, ResponseReader> readers;
    private final Map<ChannelKind, Moderator> moderators;
    private final Map<ChannelKind, AudienceReader> audiences;
    private final Map<ChannelKind, ConnectionTest> connections;
    private final Map<ChannelKind, Connector> connectors;

    Platforms(List<Publisher> publishers, List<ResponseReader> readers, List<Moderator> moderators,
              List<AudienceReader> audiences, List<ConnectionTest> connections, List<Connector> connectors) {
        this.publishers = byKind(publishers);
        this.readers = byKind(readers);
        this.moderators = byKind(moderators);
        this.audiences = byKind(audiences);
        this.connections = byKind(connections);
        this.connectors = byKind(connectors);
    }

    /** The kind's publisher; NO_API where its posts are published by hand. */
    public Publisher publisher(ChannelKind kind) {
        return present(publishers.get(kind));
    }

    /** Whether a post on this kind of channel is published by Redaktionen, not by an editor's hand. */
    public boolean publishes(ChannelKind kind) {
        return publishers.containsKey(kind);
    }

    public Optional<ResponseReader> responseReader(ChannelKind kind) {
        return Optional.ofNullable(readers.get(kind));
    }

    /** The kind's moderator; NO_API where the platform cannot hide or remove. */
    public Moderator moderator(ChannelKind kind) {
        return present(moderators.get(kind));
    }

    /** The kind's audience reader; NO_API where the platform reports no audience. */
    public AudienceReader audienceReader(ChannelKind kind) {
        return present(audiences.get(kind));
    }

    /** The kinds whose audience the daily fetch asks for. */
    public Set<ChannelKind> withAudience() {
        return Set.copyOf(audiences.keySet());
    }

    /** The kind's connection test; NO_API where there is nothing to connect to. */
    public ConnectionTest connectionTest(ChannelKind kind) {
        return present(connections.get(kind));
    }

    /** The kind's Connect flow, where the platform has one; usable once the installation's app is configured. */
    public Optional<Connector> connector(ChannelKind kind) {
        return Optional.ofNullable(connectors.get(kind));
    }

    /** The credentials the installation's app gives every channel of the kind; none stored on the channel. */
    public Set<String> installationCredentials(ChannelKind kind) {
        Connector connector = connectors.get(kind);
        return connector == null ? Set.of() : connector.installationCredentials();
    }

    /** Each kind to the one capability serving it; a capability may serve several kinds, a kind has one. */
    private static <C extends Capability> Map<ChannelKind, C> byKind(List<C> capabilities) {
        Map<ChannelKind, C> byKind = new EnumMap<>(ChannelKind.class);
        for (C capability : capabilities) {
            for (ChannelKind kind : capability.kinds()) {
                C other = byKind.putIfAbsent(kind, capability);
                if (other != null) {
                    throw new IllegalStateException(kind + " is served by both " + other.getClass().getSimpleName()
                            + " and " + capability.getClass().getSimpleName());
                }
            }
        }
        return byKind;
    }

    private static <C> C present(C capability) {
        if (capability == null) {
            throw PlatformFailure.permanent(FailureCode.NO_API, null);
        }
        return capability;
    }
}
