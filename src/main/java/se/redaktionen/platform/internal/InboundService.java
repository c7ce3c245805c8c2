package se.redaktionen.platform.internal;

import org.springframework.stereotype.Service;

import se.redaktionen.platform.Accounts;
import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.Inbound;
import se.redaktionen.platform.InboundFailure;
import se.redaktionen.platform.InboundPage;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.Platforms;
import se.redaktionen.platform.ResponseReader;

/** Reading responses goes through the same accounts, credentials and failure words as publishing. */
@Service
class InboundService implements Inbound {

    private final Accounts accounts;
    private final Platforms platforms;

    InboundService(Accounts accounts, Platforms platforms) {
        this.accounts = accounts;
        this.platforms = platforms;
    }

    @Override
    public boolean supports(ChannelKind kind) {
        return platforms.responseReader(kind).isPresent();
    }

    @Override
    public boolean ready(long channelId) {
        return accounts.account(channelId)
                .filter(ChannelAccount::active)
                .filter(a -> platforms.responseReader(a.kind())
                        .filter(r -> !r.needsCredentials() || !a.credentials().isEmpty()).isPresent())
                .isPresent();
    }

    @Override
    public InboundPage fetch(long channelId, String cursor) {
        try {
            ChannelAccount account = accounts.account(channelId)
                    .orElseThrow(() -> PlatformFailure.permanent(FailureCode.NOT_FOUND, null));
            ResponseReader reader = platforms.responseReader(account.kind())
                    .orElseThrow(() -> PlatformFailure.permanent(FailureCode.NO_API, null));
            return reader.fetchResponses(account, cursor);
        } catch (PlatformFailure failure) {
            throw new InboundFailure(failure.code().name(), failure.detail());
        }
    }
}
