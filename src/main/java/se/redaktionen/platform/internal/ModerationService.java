package se.redaktionen.platform.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.redaktionen.platform.Accounts;
import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.ModerationOutcome;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.PlatformModeration;
import se.redaktionen.platform.Platforms;

/** Moderation goes to the platform with the same accounts, credentials and failure words as publishing. */
@Service
class ModerationService implements PlatformModeration {

    private static final Logger log = LoggerFactory.getLogger(ModerationService.class);

    private final Accounts accounts;
    private final Platforms platforms;

    ModerationService(Accounts accounts, Platforms platforms) {
        this.accounts = accounts;
        this.platforms = platforms;
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
            ChannelAccount account = accounts.account(channelId)
                    .orElseThrow(() -> PlatformFailure.permanent(FailureCode.NOT_FOUND, null));
            platforms.moderator(account.kind()).moderate(account, platformId, remove);
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
