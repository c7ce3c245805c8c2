package se.redaktionen.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.publishing.PostPublished;
import se.redaktionen.publishing.Publications;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * "Published on every channel" goes from publishing to the post module through the event publication
 * registry: a listener that fails keeps its event, and an event whose instance died before its
 * listener ran is found stale and delivered later. The test settings check for stale events every
 * second and resubmit failed ones after two seconds (application-test.properties).
 */
@PostgresTest
class PostPublishedIsNeverLostTest {

    private static final Duration DELIVERY = Duration.ofSeconds(30);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    Publications publications;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    /** Who wrote the approved posts. */
    StaffUser author;

    private final long missingPost = -System.nanoTime();

    @BeforeEach
    void author() {
        author = data.staff();
    }

    @AfterEach
    void forgetTheEventForAPostThatDoesNotExist() {
        jdbc.update("delete from event_publication where serialized_event = ?", serialized(missingPost));
    }

    @Test
    void anAnnouncementMovesTheApprovedPostToPublished() {
        long postId = PipelineFixture.approvedPost(jdbc, publications, author, null);

        transactions.executeWithoutResult(status -> events.publishEvent(new PostPublished(postId)));

        await().atMost(DELIVERY).until(() -> "PUBLISHED".equals(stateOf(postId)));
        await().atMost(DELIVERY).until(() -> pending(postId) == 0);
    }

    @Test
    void anEventWhoseListenerFailedStaysInTheRegistry() {
        transactions.executeWithoutResult(status -> events.publishEvent(new PostPublished(missingPost)));

        await().atMost(DELIVERY).until(() -> "FAILED".equals(statusOf(missingPost)));
        assertThat(pending(missingPost)).isEqualTo(1);
    }

    @Test
    void anEventLeftBehindByAnInstanceThatDiedIsDeliveredLater() {
        long postId = PipelineFixture.approvedPost(jdbc, publications, author, null);
        jdbc.update("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               status, completion_attempts)
                values (?, ?, ?, ?, ?, 'PUBLISHED', 0)""", UUID.randomUUID(), postModuleListener(),
                PostPublished.class.getName(), serialized(postId),
                Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))));

        await().atMost(DELIVERY).until(() -> "PUBLISHED".equals(stateOf(postId)));
        await().atMost(DELIVERY).until(() -> pending(postId) == 0);
    }

    /** The registry names a listener by its method; a failing delivery shows the post module's name. */
    private String postModuleListener() {
        transactions.executeWithoutResult(status -> events.publishEvent(new PostPublished(missingPost)));
        await().atMost(DELIVERY).until(() -> statusOf(missingPost) != null);
        String listener = jdbc.queryForObject("select listener_id from event_publication where serialized_event = ?",
                String.class, serialized(missingPost));
        assertThat(listener).startsWith("se.redaktionen.post.");
        return listener;
    }

    private String stateOf(long postId) {
        return jdbc.queryForObject("select state from post where id = ?", String.class, postId);
    }

    private int pending(long postId) {
        return jdbc.queryForObject("select count(*) from event_publication where serialized_event = ?",
                Integer.class, serialized(postId));
    }

    private String statusOf(long postId) {
        return jdbc.query("select status from event_publication where serialized_event = ?",
                rs -> rs.next() ? rs.getString(1) : null, serialized(postId));
    }

    private static String serialized(long postId) {
        return "{\"postId\":" + postId + "}";
    }
}
