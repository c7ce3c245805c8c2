package se.redaktionen.publishing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.redaktionen.channel.Channels;
import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.Platforms;
import se.redaktionen.platform.Published;
import se.redaktionen.publishing.PostPublished;

/**
 * Works off the outbox: leases that ran out become UNCERTAIN, uncertain rows are reconciled with the
 * platform, due rows are claimed and published. Each claim commits before the platform is called and
 * each outcome commits after, under the claim's token, so any number of instances can run this.
 */
@Component
class PublicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PublicationRunner.class);

    private final PublicationStore store;
    private final Platforms platforms;
    private final Channels channels;
    private final PublishingProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SimpleAsyncTaskExecutor executor;
    private final TransactionTemplate transactions;

    PublicationRunner(PublicationStore store, Platforms platforms, Channels channels,
                      PublishingProperties properties, ApplicationEventPublisher events,
                      PlatformTransactionManager transactionManager, Clock clock) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
        this.platforms = platforms;
        this.channels = channels;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
        this.executor = new SimpleAsyncTaskExecutor("publish-");
        this.executor.setVirtualThreads(Runtime.version().feature() >= 21);
        this.executor.setConcurrencyLimit(Math.max(1, properties.concurrency()));
    }

    /** One round; returns how many rows it worked on. */
    int runOnce() {
        return runAt(clock.instant());
    }

    /**
     * Works batch after batch until nothing is left, and before every batch of due rows it takes
     * for lost what a crashed instance left past its lease and reconciles what is uncertain (a batch
     * of each at most). So a post lost in a crash waits about one lease, not for the whole backlog.
     */
    int runAt(Instant now) {
        int worked = 0;
        boolean more;
        do {
            Instant at = clock.instant().isAfter(now) ? clock.instant() : now;
            int expired = expireLeases(at);
            String token = UUID.randomUUID().toString();
            List<Publication> uncertain = store.claimUncertain(at, properties.batchSize(), token,
                    at.plus(properties.lease()));
            inParallel(uncertain, p -> reconcile(p, token));
            String claim = UUID.randomUUID().toString();
            List<Publication> due = store.claimDue(at, properties.batchSize(), claim, at.plus(properties.lease()));
            inParallel(due, p -> publish(p, claim));
            worked += expired + uncertain.size() + due.size();
            more = expired == properties.batchSize() || uncertain.size() == properties.batchSize()
                    || due.size() == properties.batchSize();
        } while (more);
        return worked;
    }

    private int expireLeases(Instant now) {
        List<Publication> lost = store.expireLeases(now, properties.batchSize());
        for (Publication publication : lost) {
            store.recordAttempt(publication, "PUBLISH", "UNCERTAIN",
                    new PlatformFailure(PlatformFailure.Kind.UNCERTAIN, FailureCode.LEASE_EXPIRED, null, null, null),
                    now);
        }
        return lost.size();
    }

    private void inParallel(List<Publication> rows, Consumer<Publication> work) {
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (Publication row : rows) {
            running.add(CompletableFuture.runAsync(() -> work.accept(row), executor));
        }
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
    }

    void publish(Publication publication, String token) {
        try {
            ChannelAccount account = account(publication);
            Published published = platforms.publisher(account.kind()).publish(account, publication.outgoing());
            settlePublished(publication, token, published, "PUBLISH");
        } catch (PlatformFailure failure) {
            settleFailure(publication, token, failure, "PUBLISH");
        } catch (DataAccessException e) {
            // The outcome could not be written: the lease runs out and reconciliation finds out what happened.
            log.error("Could not record the outcome of publication {}", publication.id(), e);
        } catch (RuntimeException e) {
            log.error("Unexpected error publishing publication {}", publication.id(), e);
            settleFailure(publication, token, new PlatformFailure(PlatformFailure.Kind.UNCERTAIN,
                    FailureCode.UNEXPECTED, e.getClass().getSimpleName(), null, null), "PUBLISH");
        }
    }

    void reconcile(Publication publication, String token) {
        try {
            ChannelAccount account = account(publication);
            Optional<Published> found = platforms.publisher(account.kind()).find(account, publication.outgoing());
            if (found.isPresent()) {
                settlePublished(publication, token, found.get(), "RECONCILE");
                return;
            }
            Instant now = clock.instant();
            PlatformFailure absent = new PlatformFailure(PlatformFailure.Kind.RETRY,
                    publication.errorCode() == null ? FailureCode.LEASE_EXPIRED
                            : FailureCode.valueOf(publication.errorCode()), publication.errorDetail(), null, null);
            if (Settlement.whenAbsent(publication.attempts(), properties.maxAttempts())
                    == Settlement.WhenAbsent.FAILED) {
                store.markFailed(publication.id(), token, absent, now);
                store.recordAttempt(publication, "RECONCILE", "FAILED", absent, now);
            } else {
                store.reschedule(publication.id(), token, Settlement.sendAgainAt(publication.dueAt(), now), absent,
                        now);
                store.recordAttempt(publication, "RECONCILE", "ABSENT", null, now);
            }
        } catch (PlatformFailure failure) {
            Instant now = clock.instant();
            // Even a permanent error leaves it unknown whether the platform has the post, so the row stays
            // UNCERTAIN (its reason shown) until someone fixes the cause and the platform can be asked.
            store.markUncertain(publication.id(), token, nextAttempt(publication, failure, now), failure, now);
            store.recordAttempt(publication, "RECONCILE", "UNCERTAIN", failure, now);
        } catch (RuntimeException e) {
            log.error("Could not reconcile publication {}; it stays uncertain", publication.id(), e);
        }
    }

    private ChannelAccount account(Publication publication) {
        ChannelAccount account = channels.account(publication.channelId())
                .orElseThrow(() -> PlatformFailure.permanent(FailureCode.NOT_FOUND, null));
        if (!account.active()) {
            throw PlatformFailure.permanent(FailureCode.CHANNEL_RETIRED, null);
        }
        return account;
    }

    private void settlePublished(Publication publication, String token, Published published, String action) {
        Instant now = clock.instant();
        if (store.markPublished(publication.id(), token, published, now)) {
            store.recordAttempt(publication, action, "PUBLISHED", null, now);
            announceIfDone(publication.postId());
        } else {
            log.warn("Publication {} was published as {} but its claim had moved on", publication.id(),
                    published.platformId());
        }
    }

    private void settleFailure(Publication publication, String token, PlatformFailure failure, String action) {
        Instant now = clock.instant();
        Settlement.AfterFailure next = Settlement.afterFailure(failure.kind(), publication.attempts(),
                properties.maxAttempts());
        switch (next) {
            case FAILED -> store.markFailed(publication.id(), token, failure, now);
            case RETRY -> store.reschedule(publication.id(), token, nextAttempt(publication, failure, now), failure,
                    now);
            case UNCERTAIN -> store.markUncertain(publication.id(), token, nextAttempt(publication, failure, now),
                    failure, now);
        }
        store.recordAttempt(publication, action, next.name(), failure, now);
    }

    private Instant nextAttempt(Publication publication, PlatformFailure failure, Instant now) {
        return now.plus(Backoff.honouring(
                Backoff.after(publication.attempts(), properties.backoffBase(), properties.backoffMax()),
                failure.retryAfter()));
    }

    /**
     * Replies to responses ({@code postId} null) belong to no post. The announcement is written to the
     * event publication registry in the same transaction that finds the post done, so the post module
     * hears of it even if this instance dies right after.
     */
    void announceIfDone(Long postId) {
        if (postId != null) {
            transactions.executeWithoutResult(status -> {
                if (store.postPublished(postId)) {
                    events.publishEvent(new PostPublished(postId));
                }
            });
        }
    }
}
