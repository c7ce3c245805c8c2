package se.redaktionen.channel;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.channel.internal.Channel;
import se.redaktionen.channel.internal.ChannelRepository;

/** The channel module's public API. */
@Service
@Transactional(readOnly = true)
public class Channels {

    private final ChannelRepository channels;

    Channels(ChannelRepository channels) {
        this.channels = channels;
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
}
