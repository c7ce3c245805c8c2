package se.redaktionen.publishing.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.redaktionen.channel.ChannelAccount;
import se.redaktionen.channel.Channels;
import se.redaktionen.publishing.ModerationOutcome;
import se.redaktionen.publishing.PlatformModeration;

/** Moderation goes to the platform through the same adapters and credentials as publishing. */
@Service
class ModerationService implements PlatformModeration {

    private static final Logger log = LoggerFactory.getLogger(ModerationService.class);

    private final Channels channels;
    private final PlatformAdapters adapters;

    ModerationService(Channels channels, PlatformAdapters adapters) {
        this.channels = channels;
        this.adapters = adapters;
    }

    @Override
    public ModerationOutcome hide(long channelId, String platformId) {
        return moderate(channelId, platformId, false);
    }

    @Override
    public ModerationOutcome remove(long channelId, String platformId) {
        return moderate(channelId, platformId, true);
    }

    private ModerationOutcome moderate(long channelId, String platformId, boolean remove) {
        try {
            ChannelAccount account = channels.account(channelId)
                    .orElseThrow(() -> PlatformFailure.permanent(FailureCode.NOT_FOUND, null));
            adapters.forKind(account.kind()).moderate(account, platformId, remove);
            return new ModerationOutcome(ModerationOutcome.Result.DONE, null, null);
        } catch (PlatformFailure failure) {
            if (failure.code() == FailureCode.NO_API) {
                // The detail says what the platform did instead, if anything (X hides what it cannot remove).
                return new ModerationOutcome(ModerationOutcome.Result.NOT_POSSIBLE, failure.code().name(),
                        failure.detail());
            }
            log.warn("Moderation on channel {} failed: {}", channelId, failure.code());
            return new ModerationOutcome(ModerationOutcome.Result.FAILED, failure.code().name(), failure.detail());
        }
    }
}
