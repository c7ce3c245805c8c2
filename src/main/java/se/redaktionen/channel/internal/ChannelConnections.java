package se.redaktionen.channel.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import se.redaktionen.Refused;
import se.redaktionen.channel.ChannelStatus;
import se.redaktionen.channel.internal.ConnectFlows.Candidate;
import se.redaktionen.channel.internal.ConnectFlows.Choice;
import se.redaktionen.channel.internal.ConnectFlows.Flow;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.ConnectStart;
import se.redaktionen.platform.ConnectableAccount;
import se.redaktionen.platform.Connector;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.Platforms;

/**
 * Connect, platform-neutral: starts a platform's authorization for a channel, checks the callback against the
 * flow the same admin started in the same session within {@link #VALID}, lets them choose (or confirm, where
 * there is one) the account the channel is to use, and stores its credentials (encrypted, as every
 * credential) and handle. Only that choice, a form with the admin's CSRF token, changes anything: the start
 * and the callback are links a page elsewhere could make the admin's browser follow, and a platform the
 * admin already allowed sends it straight back. Anything refused, cancelled, unknown, used or late changes nothing. No transaction
 * of its own: the platform's calls hold no database connection, and the one write is the repository's.
 */
@Service
class ChannelConnections {

    /** Long enough to sign in at the platform, short enough that a forgotten tab does not connect later. */
    static final Duration VALID = Duration.ofMinutes(10);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChannelRepository channels;
    private final ChannelCredentials credentials;
    private final Platforms platforms;
    private final Clock clock;

    ChannelConnections(ChannelRepository channels, ChannelCredentials credentials, Platforms platforms, Clock clock) {
        this.channels = channels;
        this.credentials = credentials;
        this.platforms = platforms;
        this.clock = clock;
    }

    /** The path segment of a platform's callback: its kind, as {@code facebook-page}. */
    static String slug(ChannelKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static Optional<ChannelKind> kindOf(String slug) {
        for (ChannelKind kind : ChannelKind.values()) {
            if (slug(kind).equals(slug)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** What the edit page offers: the kind's Connect, usable or not, with the permissions it asks for. */
    Optional<ConnectOffer> offer(ChannelKind kind) {
        return platforms.connector(kind).map(c -> new ConnectOffer(kind, c.configured(), c.permissions()));
    }

    /** A Connect button for the kind: shown only where the installation's app is configured. */
    record ConnectOffer(ChannelKind kind, boolean configured, List<String> permissions) {
    }

    /**
     * Starts Connect for the channel: where to send the admin; {@code callbackBase} is this
     * installation's address of the callbacks, to which the platform's segment is added.
     */
    ConnectOutcome start(long channelId, long adminId, ConnectFlows flows, String callbackBase) {
        Channel channel = channels.findById(channelId).orElseThrow(Refused::notFound);
        ChannelKind kind = channel.getKind();
        Connector connector = platforms.connector(kind).filter(Connector::configured).orElse(null);
        if (connector == null) {
            return new ConnectOutcome.Refused("channel.connect.refused.notOffered", kind, channelId, null);
        }
        if (channel.getStatus() == ChannelStatus.RETIRED) {
            return new ConnectOutcome.Refused("channel.connect.refused.retired", kind, channelId, null);
        }
        try {
            ConnectStart started = connector.start(random(), callbackBase + slug(kind));
            flows.begin(started.key(), new Flow(kind, channelId, adminId, clock.instant(),
                    credentials.seal(started.pending())));
            return new ConnectOutcome.Authorize(started.address());
        } catch (PlatformFailure failure) {
            return refused(failure, kind, channelId);
        }
    }

    ConnectOutcome callback(ChannelKind kind, Map<String, String> parameters, long adminId, ConnectFlows flows,
                            String callbackBase) {
        Connector connector = platforms.connector(kind).filter(Connector::configured).orElse(null);
        if (connector == null) {
            return new ConnectOutcome.Refused("channel.connect.refused.notOffered", kind, null, null);
        }
        String key = connector.flowKey(parameters);
        Flow flow = flows.takeFlow(key);
        if (flow == null || flow.kind() != kind || flow.adminId() != adminId) {
            return new ConnectOutcome.Refused(missing(flows, key), kind, null, null);
        }
        if (ConnectFlows.expired(flow.startedAt(), clock.instant(), VALID)) {
            return new ConnectOutcome.Refused("channel.connect.refused.expired", kind, flow.channelId(), null);
        }
        if (connector.refused(parameters)) {
            return new ConnectOutcome.Refused("channel.connect.refused.denied", kind, flow.channelId(), null);
        }
        List<ConnectableAccount> accounts;
        try {
            accounts = connector.finish(new ConnectStart(null, key, credentials.open(flow.pending())), parameters,
                    callbackBase + slug(kind));
        } catch (PlatformFailure failure) {
            return refused(failure, kind, flow.channelId());
        }
        if (accounts.isEmpty()) {
            return new ConnectOutcome.Refused("channel.connect.refused.noAccounts", kind, flow.channelId(), null);
        }
        List<Candidate> candidates = accounts.stream().map(a -> new Candidate(a.handle(), a.name(),
                credentials.seal(a.credentials()))).toList();
        String choiceKey = random();
        flows.offer(choiceKey, new Choice(kind, flow.channelId(), adminId, flow.startedAt(), candidates));
        return choose(choiceKey, flows.peekChoice(choiceKey));
    }

    /** The choice under the key, to show again (nothing was chosen), or why it is gone. */
    ConnectOutcome pending(String key, long adminId, ConnectFlows flows) {
        Choice choice = flows.peekChoice(key);
        if (choice == null || choice.adminId() != adminId) {
            return new ConnectOutcome.Refused(missing(flows, key), null, null, null);
        }
        return choose(key, choice);
    }

    /** The admin chose {@code handle}: only one of the accounts the authorization reached is taken. */
    ConnectOutcome choose(String key, String handle, long adminId, ConnectFlows flows) {
        Choice choice = flows.takeChoice(key);
        if (choice == null || choice.adminId() != adminId) {
            return new ConnectOutcome.Refused(missing(flows, key), null, null, null);
        }
        if (ConnectFlows.expired(choice.startedAt(), clock.instant(), VALID)) {
            return new ConnectOutcome.Refused("channel.connect.refused.expired", choice.kind(), choice.channelId(),
                    null);
        }
        Candidate chosen = choice.candidates().stream().filter(c -> c.handle().equals(handle)).findFirst()
                .orElse(null);
        if (chosen == null) {
            return new ConnectOutcome.Refused("channel.connect.refused.notReached", choice.kind(), choice.channelId(),
                    null);
        }
        return connect(choice.channelId(), choice.kind(), chosen.handle(), chosen.name(),
                credentials.open(chosen.credentials()));
    }

    private ConnectOutcome connect(long channelId, ChannelKind kind, String handle, String name,
                                   Map<String, String> connected) {
        Channel channel = channels.findById(channelId).orElseThrow(Refused::notFound);
        // Someone changed the channel's platform while the admin was away: these secrets mean nothing there.
        if (channel.getKind() != kind || channel.getStatus() == ChannelStatus.RETIRED) {
            return new ConnectOutcome.Refused("channel.connect.refused.changed", kind, channelId, null);
        }
        credentials.replace(channel, connected);
        channel.connectTo(handle);
        channels.saveAndFlush(channel);
        return new ConnectOutcome.Connected(channelId,
                name.isBlank() || name.equals(handle) ? handle : name + " (" + handle + ")");
    }

    private ConnectOutcome.Choose choose(String key, Choice choice) {
        String name = channels.findById(choice.channelId()).map(Channel::getName).orElse("");
        return new ConnectOutcome.Choose(key, choice.kind(), choice.channelId(), name, choice.candidates().stream()
                .map(c -> new ConnectOutcome.Option(c.handle(), c.name())).toList());
    }

    private static String missing(ConnectFlows flows, String key) {
        return flows.wasUsed(key) ? "channel.connect.refused.used" : "channel.connect.refused.unknown";
    }

    /**
     * What failed on the way, the permissions the admin did not grant, or the platform's answer with its own
     * words where it sent some.
     */
    private static ConnectOutcome refused(PlatformFailure failure, ChannelKind kind, long channelId) {
        if (failure.code() == FailureCode.PERMISSION_DENIED && failure.httpStatus() == null) {
            return new ConnectOutcome.Refused("channel.connect.refused.permissions", kind, channelId, null,
                    failure.detail());
        }
        String reason = failure.trouble() != null ? "channel.connection.trouble." + failure.trouble()
                : "channel.connect.refused.platform";
        return new ConnectOutcome.Refused(reason, kind, channelId, failure.platformMessage());
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
