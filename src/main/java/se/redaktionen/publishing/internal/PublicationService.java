package se.redaktionen.publishing.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.Refused;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.publishing.ChannelAlert;
import se.redaktionen.publishing.PublicationRequest;
import se.redaktionen.publishing.PublicationView;
import se.redaktionen.publishing.Publications;

/** The outbox rows of approved posts and what editors may do with them. */
@Service
class PublicationService implements Publications {

    private final PublicationStore store;
    private final PublicationRunner runner;
    private final PublishingProperties properties;
    private final Channels channels;
    private final Clock clock;

    PublicationService(PublicationStore store, PublicationRunner runner, PublishingProperties properties,
                       Channels channels, Clock clock) {
        this.store = store;
        this.runner = runner;
        this.properties = properties;
        this.channels = channels;
        this.clock = clock;
    }

    /** One publication per target channel, due at {@code dueAt} (now when null). */
    @Override
    @Transactional
    public void schedule(long postId, Instant dueAt, List<PublicationRequest> requests) {
        Instant now = clock.instant();
        Instant due = dueAt == null || dueAt.isBefore(now) ? now : dueAt;
        for (PublicationRequest request : requests) {
            ChannelSummary channel = channels.find(request.channelId()).orElseThrow();
            boolean manual = channel.kind().publishedByHand();
            store.insert(postId, request.channelId(), request.title(), request.text(), request.link(), due,
                    manual ? null : due, now);
        }
    }

    /** Publishing cannot be taken back once a platform may have it; until then a withdrawal cancels it all. */
    @Override
    @Transactional
    public void cancelForWithdrawal(long postId) {
        if (store.startedCount(postId) > 0) {
            throw Refused.unacceptable("publication.withdraw.started");
        }
        store.cancelAll(postId, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PublicationView> forPost(long postId) {
        return store.forPost(postId);
    }

    @Override
    @Transactional(readOnly = true)
    public PublicationView find(long id) {
        return store.view(id).orElseThrow(() -> Refused.notFound("publication.notFound"));
    }

    @Override
    public PublicationView retry(long id) {
        requireChanged(store.retry(id, clock.instant()), "publication.retry.notFailed");
        return find(id);
    }

    @Override
    public PublicationView cancel(long id) {
        PublicationView view = find(id);
        requireChanged(store.cancel(id, clock.instant()), "publication.cancel.notPending");
        runner.announceIfDone(view.postId());
        return find(id);
    }

    /** For channels without API access: an editor has published by hand and gives the address. */
    @Override
    public PublicationView markPublishedByHand(long id, String url, long editorId) {
        PublicationView view = find(id);
        if (!view.manual()) {
            throw Refused.conflict("publication.manual.notManual");
        }
        if (!isWebAddress(url)) {
            throw Refused.invalid("publication.manual.urlInvalid");
        }
        requireChanged(store.markPublishedByHand(id, url.strip(), editorId, clock.instant()),
                "publication.manual.notPending");
        runner.announceIfDone(view.postId());
        return find(id);
    }

    @Override
    @Transactional
    public long importPublished(long postId, long channelId, String title, String text, String link,
                                Instant publishedAt, String platformId, String url) {
        return store.insertPublished(postId, channelId, title, text, link, publishedAt, platformId, url,
                clock.instant());
    }

    @Override
    @Transactional
    public long scheduleReply(long responseId, long channelId, String inReplyTo, String replyParent, String text) {
        return store.insertReply(responseId, channelId, inReplyTo, replyParent, text, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<PublicationView> findPublished(long channelId, String platformId) {
        return store.findByPlatformId(channelId, platformId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Long> postsPublished(Instant from, Instant to) {
        return store.postsPublished(from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChannelAlert> alerts() {
        return store.alerts(clock.instant().minus(properties.alertWindow()), properties.alertFailures());
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Instant> lastPublishedAt() {
        return store.lastPublishedAt();
    }

    /** Nothing changed because the publication is no longer in the state the action needs. */
    private static void requireChanged(boolean changed, String refusal) {
        if (!changed) {
            throw Refused.conflict(refusal);
        }
    }

    private static boolean isWebAddress(String url) {
        if (url == null || url.isBlank() || url.length() > MAX_URL) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception e) {
            return false;
        }
    }
}
