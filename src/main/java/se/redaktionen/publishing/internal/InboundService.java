package se.redaktionen.publishing.internal;

import org.springframework.stereotype.Service;

import se.redaktionen.channel.ChannelAccount;
import se.redaktionen.channel.ChannelKind;
import se.redaktionen.channel.Channels;
import se.redaktionen.publishing.Inbound;
import se.redaktionen.publishing.InboundFailure;
import se.redaktionen.publishing.InboundPage;

/** Reading responses goes through the same adapters, credentials and failure words as publishing. */
@Service
class InboundService implements Inbound {

    private final Channels channels;
    private final PlatformAdapters adapters;

    InboundService(Channels channels, PlatformAdapters adapters) {
        this.channels = channels;
        this.adapters = adapters;
    }

    @Override
    public boolean supports(ChannelKind kind) {
        try {
            return adapters.forKind(kind).readsResponses();
        } catch (PlatformFailure noAdapter) {
            return false;
        }
    }

    @Override
    public boolean ready(long channelId) {
        return channels.account(channelId)
                .filter(ChannelAccount::active)
                .filter(a -> supports(a.kind()))
                .filter(a -> a.kind() == ChannelKind.SANDBOX || !a.credentials().isEmpty())
                .isPresent();
    }

    @Override
    public InboundPage fetch(long channelId, String cursor) {
        try {
            ChannelAccount account = channels.account(channelId)
                    .orElseThrow(() -> PlatformFailure.permanent(FailureCode.NOT_FOUND, null));
            return adapters.forKind(account.kind()).fetchResponses(account, cursor);
        } catch (PlatformFailure failure) {
            throw new InboundFailure(failure.code().name(), failure.detail());
        }
    }
}
