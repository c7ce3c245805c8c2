package se.redaktionen.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.Outgoing;
import se.redaktionen.platform.Published;
import se.redaktionen.platform.Publisher;
import se.redaktionen.platform.TestPlatforms;
import se.redaktionen.publishing.PublicationState;
import se.redaktionen.publishing.Publications;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * An instance dies holding two claimed rows while a backlog of due rows is being worked: the rows
 * it held are taken for lost and reconciled within one lease plus one poll interval, while the backlog
 * is still being worked, not after it. Time is a test clock that each platform call moves on by half
 * a second, so a batch of four takes two seconds; it starts in 2001, when no other test's row is due.
 */
@PostgresTest
class CrashDuringBacklogTest {

    private static final Instant START = Instant.parse("2001-03-01T09:00:00Z");
    private static final Duration CALL = Duration.ofMillis(500);
    private static final Duration LEASE = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofSeconds(5);
    /** Forty seconds of calls: twice the lease. */
    private static final int BACKLOG = 80;
    private static final PublishingProperties PROPERTIES = new PublishingProperties(false, POLL, 4, 1, LEASE, 6,
            Duration.ofSeconds(30), Duration.ofHours(1), 3, Duration.ofHours(24));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    Publications publications;
    @Autowired
    PublicationStore store;
    @Autowired
    Channels channels;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactionManager;

    /** Who wrote the approved posts. */
    StaffUser author;

    private final TestClock clock = new TestClock(START);
    private final Blog blog = new Blog();
    private long channelId;
    /** What the crashed instance held: the platform got the first one, never the second. */
    private long gotThere;
    private long neverSent;

    @BeforeEach
    void anInstanceCrashedHoldingTwoRowsBeforeABacklogFellDue() throws Exception {
        author = data.staff();
        channelId = PipelineFixture.wordPressChannel(mvc, data, "https://blogg.example/backlog-" + System.nanoTime());
        gotThere = publicationDueAt(START.minus(Duration.ofMinutes(1)));
        neverSent = publicationDueAt(START.minus(Duration.ofMinutes(1)));
        assertThat(store.claimDue(START, 2, "crashed-instance", START.plus(LEASE)))
                .extracting(Publication::id).containsExactlyInAnyOrder(gotThere, neverSent);
        blog.stored.add(PipelineFixture.slugOf(jdbc, gotThere));
        for (int i = 0; i < BACKLOG; i++) {
            publicationDueAt(START);
        }
    }

    @Test
    void rowsACrashLeftInFlightAreReconciledWithinALeaseWhileTheBacklogIsStillBeingWorked() {
        runner().runOnce();

        assertThat(blog.reconciled).containsOnlyKeys(PipelineFixture.slugOf(jdbc, gotThere),
                PipelineFixture.slugOf(jdbc, neverSent));
        Instant settledBy = START.plus(LEASE).plus(POLL);
        assertThat(blog.reconciled.values()).allSatisfy(at -> assertThat(at).isBefore(settledBy));
        assertThat(blog.sentBeforeReconciling.values()).allSatisfy(sent -> assertThat(sent).isLessThan(BACKLOG));
        assertThat(store.find(gotThere).orElseThrow().state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(blog.sent).doesNotContain(PipelineFixture.slugOf(jdbc, gotThere));
    }

    @Test
    void aCrashedRowThePlatformNeverGotIsSentOnceAndBeforeTheRestOfTheBacklog() {
        runner().runOnce();

        String slug = PipelineFixture.slugOf(jdbc, neverSent);
        assertThat(Collections.frequency(blog.sent, slug)).isEqualTo(1);
        assertThat(blog.sent.indexOf(slug)).isLessThan(BACKLOG);
        assertThat(blog.sent).hasSize(BACKLOG + 1).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from publication where channel_id = ? and state <> 'PUBLISHED'",
                Integer.class, channelId)).isZero();
    }

    private PublicationRunner runner() {
        return new PublicationRunner(store, TestPlatforms.of(List.of(blog)), channels, PROPERTIES, events,
                transactionManager, clock);
    }

    private long publicationDueAt(Instant due) {
        long id = PipelineFixture.publicationOf(jdbc, PipelineFixture.approvedPost(jdbc, publications, author, null,
                channelId));
        jdbc.update("update publication set due_at = ?, next_attempt_at = ? where id = ?", Timestamp.from(due),
                Timestamp.from(due), id);
        return id;
    }

    /** A blog that stores what it is sent; each call takes {@link #CALL} of the test clock. */
    private final class Blog implements Publisher {

        final Set<String> stored = ConcurrentHashMap.newKeySet();
        final List<String> sent = Collections.synchronizedList(new ArrayList<>());
        final Map<String, Instant> reconciled = new ConcurrentHashMap<>();
        final Map<String, Integer> sentBeforeReconciling = new ConcurrentHashMap<>();

        @Override
        public Set<ChannelKind> kinds() {
            return Set.of(ChannelKind.WORDPRESS_BLOG);
        }

        @Override
        public Published publish(ChannelAccount account, Outgoing publication) {
            sent.add(publication.slug());
            stored.add(publication.slug());
            clock.advance(CALL);
            return new Published(publication.slug(), null);
        }

        @Override
        public Optional<Published> find(ChannelAccount account, Outgoing publication) {
            reconciled.put(publication.slug(), clock.instant());
            sentBeforeReconciling.put(publication.slug(), sent.size());
            clock.advance(CALL);
            return stored.contains(publication.slug()) ? Optional.of(new Published(publication.slug(), null))
                    : Optional.empty();
        }
    }

    /** A clock that moves only when told to. */
    private static final class TestClock extends Clock {

        private final AtomicReference<Instant> now;

        TestClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
