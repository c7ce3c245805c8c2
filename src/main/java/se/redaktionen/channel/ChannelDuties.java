package se.redaktionen.channel;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.channel.internal.ChannelRepository;

/** The people named for each channel, for routing what the public writes to it. */
@Service
@Transactional(readOnly = true)
public class ChannelDuties {

    private final ChannelRepository channels;

    ChannelDuties(ChannelRepository channels) {
        this.channels = channels;
    }

    public Optional<ChannelDuty> of(long channelId) {
        return channels.findById(channelId).map(c -> new ChannelDuty(c.getId(), c.getName(), c.getBranchId(),
                c.getResponsibleId(), c.getDeputyId(), c.getStatus() == ChannelStatus.ACTIVE));
    }
}
