package se.redaktionen.publishing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import se.redaktionen.Refused;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.publishing.PublicationState;
import se.redaktionen.publishing.Publications;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * The outbox on PostgreSQL against a WordPress stub: every state is committed around each call,
 * transient failures back off, permanent ones stop at once, and a row whose outcome is unknown is
 * reconciled with the platform before anything is sent again.
 */
@PostgresTest
class PublishingPipelineTest {

    private static final String CREATED = "{\"id\":%d,\"link\":\"https://blogg.example/%s/\",\"slug\":\"%s\"}";

    static WireMockServer wordpress = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    Publications publications;
    @Autowired
    PublicationRunner runner;
    @Autowired
    PublicationStore store;
    @Autowired
    PublishingProperties properties;

    /** Who wrote the approved posts. */
    StaffUser author;

    String site;
    String postsPath;
    long channelId;

    @BeforeAll
    static void startStub() {
        wordpress.start();
    }

    @AfterAll
    static void stopStub() {
        wordpress.stop();
    }

    @BeforeEach
    void channelOnItsOwnSite() throws Exception {
        author = data.staff();
        site = "/site-" + System.nanoTime();
        postsPath = site + "/wp-json/wp/v2/posts";
        channelId = PipelineFixture.wordPressChannel(mvc, data, wordpress.baseUrl() + site);
    }

    @Test
    void anApprovedPostIsPublishedOnceAndThePostBecomesPublished() {
        wordpress.stubFor(post(urlPathEqualTo(postsPath)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(CREATED.formatted(42, "rubrik", "x"))));
        long postId = PipelineFixture.approvedPost(jdbc, publications, author, null, channelId);
        long id = PipelineFixture.publicationOf(jdbc, postId);

        runner.runOnce();

        Publication published = store.find(id).orElseThrow();
        assertThat(published.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(published.platformId()).isEqualTo("42");
        assertThat(published.url()).isEqualTo("https://blogg.example/rubrik/");
        assertThat(published.attempts()).isEqualTo(1);
        await().untilAsserted(() -> assertThat(postState(postId)).isEqualTo("PUBLISHED"));
        wordpress.verify(1, postRequestedFor(urlPathEqualTo(postsPath)));
    }

    @Test
    void aScheduledPublicationWaitsForItsTime() {
        long postId = PipelineFixture.approvedPost(jdbc, publications, author, Instant.now().plus(Duration.ofDays(1)),
                channelId);

        runner.runOnce();

        assertThat(state(PipelineFixture.publicationOf(jdbc, postId))).isEqualTo(PublicationState.PENDING);
        wordpress.verify(0, postRequestedFor(urlPathEqualTo(postsPath)));
    }

    @Test
    void anUnavailablePlatformIsRetriedWithBackoffUntilItAnswers() {
        wordpress.stubFor(post(urlPathEqualTo(postsPath)).inScenario("503").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")).willSetStateTo("up"));
        wordpress.stubFor(post(urlPathEqualTo(postsPath)).inScenario("503").whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(CREATED.formatted(43, "rubrik", "x"))));
        long id = PipelineFixture.publicationOf(jdbc, PipelineFixture.approvedPost(jdbc, publications, author, null,
                channelId));

        Instant before = Instant.now();
        runner.runOnce();

        Publication waiting = store.find(id).orElseThrow();
        assertThat(waiting.state()).isEqualTo(PublicationState.PENDING);
        assertThat(waiting.errorCode()).isEqualTo("PLATFORM_UNAVAILABLE");
        assertThat(waiting.nextAttemptAt()).isBetween(before.plus(properties.backoffBase().dividedBy(2)),
                Instant.now().plus(properties.backoffBase()));

        runner.runOnce();
        assertThat(state(id)).isEqualTo(PublicationState.PENDING);

        runner.runAt(waiting.nextAttemptAt());
        assertThat(state(id)).isEqualTo(PublicationState.PUBLISHED);
        assertThat(store.find(id).orElseThrow().attempts()).isEqualTo(2);
        wordpress.verify(2, postRequestedFor(urlPathEqualTo(postsPath)));
    }

    @Test
    void theBackoffGrowsWithEachAttempt() {
        Duration base = Duration.ofSeconds(30);
        Duration max = Duration.ofHours(1);
        for (int attempt = 1; attempt <= 5; attempt++) {
            Duration ceiling = base.multipliedBy(1L << (attempt - 1));
            assertThat(Backoff.after(attempt, base, max)).isBetween(ceiling.dividedBy(2), ceiling);
        }
        assertThat(Backoff.after(30, base, max)).isLessThanOrEqualTo(max);
    }

    @Test
    void tooManyRequestsWaitsAsLongAsThePlatformAsks() {
        wordpress.stubFor(post(urlPathEqualTo(postsPath)).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "600").withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"too_many_requests\",\"message\":\"Slow down\",\"data\":{\"status\":429}}")));
        long id = PipelineFixture.publicationOf(jdbc, PipelineFixture.approvedPost(jdbc, publications, author, null,
                channelId));

        Instant before = Instant.now();
        runner.runOnce();

        Publication waiting = store.find(id).orElseThrow();
        assertThat(waiting.state()).isEqualTo(PublicationState.PENDING);
        assertThat(waiting.errorCode()).isEqualTo("RATE_LIMITED");
        assertThat(waiting.nextAttemptAt()).isAfterOrEqualTo(before.plusSeconds(600))
                .isBefore(Instant.now().plusSeconds(601));
    }

    @Test
    void transientFailuresStopAfterTheLastAttemptWithTheReason() {
        wordpress.stubFor(post(urlPathEqualTo(postsPath)).willReturn(aResponse().withStatus(503)));
        long id = PipelineFixture.publicationOf(jdbc, PipelineFixture.approvedPost(jdbc, publications, author, null,
                channelId));

        for (int round = 0; round < properties.maxAttempts() + 2; round++) {
            runner.runAt(Instant.now().plus(Duration.ofDays(round + 1L)));
        }

        Publication failed = store.find(id).orElseThrow();
        assertThat(failed.state()).isEqualTo(PublicationState.FAILED);
        assertThat(failed.attempts()).isEqualTo(properties.maxAttempts());
        assertThat(failed.errorCode()).isEqualTo("PLATFORM_UNAVAILABLE");
        wordpress.verify(properties.maxAttempts(), postRequestedFor(urlPathEqualTo(postsPath)));
    }

    @Test
    void aRefusedPasswordFailsAtOnceAndAnEditorsRetrySendsItAgain() {
        wordpress.stubFor(post(urlPathEqualTo(postsPath)).inScenario("401").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"code\":\"incorrect_password\",\"message\":\"The provided password is an "
                                + "invalid application password.\",\"data\":{\"status\":401}}"))
                .willSetStateTo("renewed"));
        wordpress.stubFor(post(urlPathEqualTo(postsPath)).inScenario("401").whenScenarioStateIs("renewed")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(CREATED.formatted(44, "rubrik", "x"))));
        long postId = PipelineFixture.approvedPost(jdbc, publications, author, null, channelId);
        long id = PipelineFixture.publicationOf(jdbc, postId);

        runner.runAt(Instant.now().plus(Duration.ofDays(1)));

        Publication failed = store.find(id).orElseThrow();
        assertThat(failed.state()).isEqualTo(PublicationState.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.errorCode()).isEqualTo("TOKEN_INVALID");
        assertThat(failed.errorDetail()).contains("invalid application password");
        assertThat(postState(postId)).isEqualTo("APPROVED");

        publications.retry(id);
        runner.runOnce();

        assertThat(state(id)).isEqualTo(PublicationState.PUBLISHED);
        await().untilAsserted(() -> assertThat(postState(postId)).isEqualTo("PUBLISHED"));
    }

    @Test
    void anInstanceDyingAfterTheClaimLeavesARowThatIsReconciledNotResent() {
        String slug = crashAfterClaim();
        wordpress.stubFor(get(urlPathEqualTo(postsPath)).willReturn(okJson(
                "[" + CREATED.formatted(77, "rubrik", slug) + "]")));
        long id = store.find(crashedId).orElseThrow().id();

        runner.runAt(Instant.now().plus(properties.lease()).plusSeconds(1));

        Publication reconciled = store.find(id).orElseThrow();
        assertThat(reconciled.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(reconciled.platformId()).isEqualTo("77");
        wordpress.verify(0, postRequestedFor(urlPathEqualTo(postsPath)));
        wordpress.verify(1, getRequestedFor(urlPathEqualTo(postsPath)));
    }

    @Test
    void aCrashedRowThePlatformNeverGotIsSentExactlyOnceAfterReconciliation() {
        crashAfterClaim();
        wordpress.stubFor(get(urlPathEqualTo(postsPath)).willReturn(okJson("[]")));
        wordpress.stubFor(post(urlPathEqualTo(postsPath)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(CREATED.formatted(78, "rubrik", "x"))));

        runner.runAt(Instant.now().plus(properties.lease()).plusSeconds(1));

        Publication published = store.find(crashedId).orElseThrow();
        assertThat(published.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(published.platformId()).isEqualTo("78");
        wordpress.verify(1, postRequestedFor(urlPathEqualTo(postsPath)));
    }

    @Test
    void aRowInFlightWithinItsLeaseIsLeftAlone() {
        crashAfterClaim();

        runner.runOnce();

        assertThat(state(crashedId)).isEqualTo(PublicationState.IN_FLIGHT);
        wordpress.verify(0, getRequestedFor(urlPathEqualTo(postsPath)));
    }

    @Test
    void anAnswerThatNeverArrivesMakesTheRowUncertainAndReconciliationFindsThePost() {
        wordpress.stubFor(post(urlPathEqualTo(postsPath)).willReturn(aResponse().withStatus(201)
                .withFixedDelay(3_000).withHeader("Content-Type", "application/json")
                .withBody(CREATED.formatted(79, "rubrik", "x"))));
        long id = PipelineFixture.publicationOf(jdbc, PipelineFixture.approvedPost(jdbc, publications, author, null,
                channelId));
        String slug = PipelineFixture.slugOf(jdbc, id);

        runner.runOnce();

        Publication uncertain = store.find(id).orElseThrow();
        assertThat(uncertain.state()).isEqualTo(PublicationState.UNCERTAIN);
        assertThat(uncertain.errorCode()).isEqualTo("TIMEOUT");

        wordpress.stubFor(get(urlPathEqualTo(postsPath)).willReturn(okJson(
                "[" + CREATED.formatted(79, "rubrik", slug) + "]")));
        runner.runAt(uncertain.nextAttemptAt());

        assertThat(state(id)).isEqualTo(PublicationState.PUBLISHED);
        wordpress.verify(1, postRequestedFor(urlPathEqualTo(postsPath)));
    }

    @Test
    void aPendingPublicationCanBeCancelledAndAPublishedOneCannot() {
        wordpress.stubFor(post(urlPathEqualTo(postsPath)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(CREATED.formatted(80, "rubrik", "x"))));
        long later = PipelineFixture.publicationOf(jdbc, PipelineFixture.approvedPost(jdbc, publications, author,
                Instant.now().plus(Duration.ofDays(2)), channelId));
        long now = PipelineFixture.publicationOf(jdbc, PipelineFixture.approvedPost(jdbc, publications, author, null,
                channelId));
        runner.runOnce();

        assertThat(publications.cancel(later).state()).isEqualTo(PublicationState.CANCELLED);
        assertThatThrownBy(() -> publications.cancel(now)).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).getMessageKey())
                .isEqualTo("publication.cancel.notPending");
        assertThatThrownBy(() -> publications.retry(now)).isInstanceOf(Refused.class);
        assertThat(state(now)).isEqualTo(PublicationState.PUBLISHED);
    }

    @Test
    void everyCallIsRecordedForTheEditors() {
        wordpress.stubFor(post(urlPathEqualTo(postsPath)).willReturn(aResponse().withStatus(503)));
        long id = PipelineFixture.publicationOf(jdbc, PipelineFixture.approvedPost(jdbc, publications, author, null,
                channelId));

        runner.runOnce();

        Map<String, Object> attempt = jdbc.queryForMap(
                "select action, outcome, error_code, http_status from publication_attempt where publication_id = ?",
                id);
        assertThat(attempt).containsEntry("action", "PUBLISH").containsEntry("outcome", "RETRY")
                .containsEntry("error_code", "PLATFORM_UNAVAILABLE").containsEntry("http_status", 503);
    }

    private long crashedId;

    /** Claims the row exactly as the scheduler does, then does nothing more: the instance died. */
    private String crashAfterClaim() {
        crashedId = PipelineFixture.publicationOf(jdbc, PipelineFixture.approvedPost(jdbc, publications, author, null,
                channelId));
        jdbc.update("update publication set next_attempt_at = '2000-01-01T00:00:00Z' where id = ?", crashedId);
        Instant now = Instant.now();
        assertThat(store.claimDue(now, 1, "crashed-instance", now.plus(properties.lease())))
                .extracting(Publication::id).containsExactly(crashedId);
        assertThat(state(crashedId)).isEqualTo(PublicationState.IN_FLIGHT);
        return PipelineFixture.slugOf(jdbc, crashedId);
    }

    private PublicationState state(long id) {
        return store.find(id).orElseThrow().state();
    }

    private String postState(long postId) {
        return jdbc.queryForObject("select state from post where id = ?", String.class, postId);
    }
}
