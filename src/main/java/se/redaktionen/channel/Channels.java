package se.redaktionen.channel;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.channel.internal.Channel;
import se.redaktionen.channel.internal.ChannelCredentials;
import se.redaktionen.channel.internal.ChannelProperties;
import se.redaktionen.channel.internal.ChannelRepository;
import se.redaktionen.platform.Accounts;
import se.redaktionen.platform.ChannelAccount;

/** The channel module's public API. */
@Service
@Transactional(readOnly = true)
public class Channels implements Accounts {

    private final ChannelRepository channels;
    private final ChannelCredentials credentials;
    private final ChannelProperties properties;

    Channels(ChannelRepository channels, ChannelCredentials credentials, ChannelProperties properties) {
        this.channels = channels;
        this.credentials = credentials;
        this.properties = properties;
    }

    public List<ChannelSummary> all() {
        return channels.findAllByOrderByName().stream().map(Channel::summary).toList();
    }

    public List<ChannelSummary> active() {
        return all().stream().filter(ChannelSummary::active).toList();
    }

    public Optional<ChannelSummary> find(long id) {
        return channels.findById(id).map(Channel::summary);
    }

    /**
     * Channels whose platform needs credentials that are not all stored: nothing approved for them
     * is published until an admin enters them. Practice (sandbox) and manual channels need none.
     */
    public Set<Long> notConnected() {
        return channels.findAll().stream().filter(c -> !credentials.complete(c)).map(Channel::getId)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The account with its credentials decrypted, for the platforms. */
    @Override
    public Optional<ChannelAccount> account(long id) {
        return channels.findById(id).map(c -> new ChannelAccount(c.getId(), c.getName(), c.getKind(), c.getHandle(),
                c.getStatus() == ChannelStatus.ACTIVE, credentials.read(c),
                properties.allowsPlainHttp(c.isPlainHttpAllowed())));
    }
}
