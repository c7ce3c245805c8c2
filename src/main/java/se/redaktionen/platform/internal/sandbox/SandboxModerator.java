package se.redaktionen.platform.internal.sandbox;

import java.util.Set;

import org.springframework.stereotype.Component;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.Moderator;
import se.redaktionen.platform.PlatformFailure;

/** The entry stays, marked, so the timeline shows that the library acted and when nothing more. */
@Component
class SandboxModerator implements Moderator {

    private final SandboxEntries entries;

    SandboxModerator(SandboxEntries entries) {
        this.entries = entries;
    }

    @Override
    public Set<ChannelKind> kinds() {
        return Set.of(ChannelKind.SANDBOX);
    }

    @Override
    public void moderate(ChannelAccount account, String platformId, boolean remove) {
        if (!entries.moderate(account.id(), entryId(platformId), remove)) {
            throw PlatformFailure.permanent(FailureCode.NOT_FOUND, platformId);
        }
    }

    static Long entryId(String platformId) {
        try {
            return Long.parseLong(platformId);
        } catch (NumberFormatException e) {
            throw PlatformFailure.permanent(FailureCode.NOT_FOUND, platformId);
        }
    }
}
