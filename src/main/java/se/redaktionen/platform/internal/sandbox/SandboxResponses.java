package se.redaktionen.platform.internal.sandbox;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.InboundPage;
import se.redaktionen.platform.InboundResponse;
import se.redaktionen.platform.ResponseReader;

/** What "the public" types on the timeline, read back as responses: the entries after the cursor (an entry id). */
@Component
class SandboxResponses implements ResponseReader {

    static final int PAGE = 100;

    private final SandboxEntries entries;

    SandboxResponses(SandboxEntries entries) {
        this.entries = entries;
    }

    @Override
    public Set<ChannelKind> kinds() {
        return Set.of(ChannelKind.SANDBOX);
    }

    /** Nothing leaves Redaktionen, so there is nothing to sign in with. */
    @Override
    public boolean needsCredentials() {
        return false;
    }

    @Override
    public InboundPage fetchResponses(ChannelAccount account, String cursor) {
        long after = cursor == null ? 0 : Long.parseLong(cursor);
        List<InboundResponse> page = entries.fromPublic(account.id(), after, PAGE);
        String next = page.isEmpty() ? cursor : page.get(page.size() - 1).platformId();
        return new InboundPage(page, next, page.size() == PAGE);
    }
}
