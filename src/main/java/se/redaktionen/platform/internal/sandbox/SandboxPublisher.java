package se.redaktionen.platform.internal.sandbox;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.Outgoing;
import se.redaktionen.platform.Published;
import se.redaktionen.platform.Publisher;

/**
 * A platform inside Redaktionen: what is published lands on the channel's timeline page, found again
 * by its slug.
 */
@Component
class SandboxPublisher implements Publisher {

    private final SandboxEntries entries;
    private final Clock clock;

    SandboxPublisher(SandboxEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    public Set<ChannelKind> kinds() {
        return Set.of(ChannelKind.SANDBOX);
    }

    @Override
    public Published publish(ChannelAccount account, Outgoing publication) {
        Long inReplyTo = publication.isReply() ? SandboxModerator.entryId(publication.inReplyTo()) : null;
        entries.publish(account.id(), publication.slug(), publication.title(), publication.text(), publication.link(),
                clock.instant(), inReplyTo);
        return find(account, publication).orElseThrow();
    }

    @Override
    public Optional<Published> find(ChannelAccount account, Outgoing publication) {
        return entries.findBySlug(publication.slug()).map(id -> new Published(String.valueOf(id),
                "/channels/" + account.id() + "/timeline#entry-" + id));
    }
}
