package se.redaktionen.publishing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.publishing.PublicationState;
import se.redaktionen.publishing.Publications;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * A blog behind a reverse proxy that stores the post and then loses the answer: the proxy says 502
 * or 504. The blog is a WireMock scenario that has the post from the first POST on, so a second POST
 * would be a second copy on the blog. Against it the publication is reconciled, never sent again;
 * a 503, which says the blog did not take the request, is simply sent again.
 */
@PostgresTest
class LostAnswerPipelineTest {

    @RegisterExtension
    static final WireMockExtension wordpress = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final String STORED = "stored";

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

    /** Who wrote the approved posts. */
    StaffUser author;

    String site;
    String postsPath;
    long channelId;

    @BeforeEach
    void channelOnItsOwnSite() throws Exception {
        author = data.staff();
        site = "/site-" + System.nanoTime();
        postsPath = site + "/wp-json/wp/v2/posts";
        channelId = PipelineFixture.wordPressChannel(mvc, data, wordpress.baseUrl() + site);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @ValueSource(ints = {502, 504})
    void aGatewayErrorAfterTheBlogStoredThePostIsReconciledAndThePostIsOnTheBlogOnce(int status) {
        long postId = PipelineFixture.approvedPost(jdbc, publications, author, null, channelId);
        long id = PipelineFixture.publicationOf(jdbc, postId);
        String slug = PipelineFixture.slugOf(jdbc, id);
        wordpress.stubFor(post(urlPathEqualTo(postsPath)).inScenario(site).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "text/html")
                        .withBody("<html><body><h1>" + status + "</h1>nginx</body></html>"))
                .willSetStateTo(STORED));
        wordpress.stubFor(post(urlPathEqualTo(postsPath)).inScenario(site).whenScenarioStateIs(STORED)
                .willReturn(created(82, slug + "-2")));
        wordpress.stubFor(get(urlPathEqualTo(postsPath)).inScenario(site).whenScenarioStateIs(STORED)
                .willReturn(okJson("[" + blogPost(81, slug) + "]")));

        runner.runOnce();

        Publication uncertain = store.find(id).orElseThrow();
        assertThat(uncertain.state()).isEqualTo(PublicationState.UNCERTAIN);
        assertThat(uncertain.errorCode()).isEqualTo("PLATFORM_ERROR");

        runner.runAt(uncertain.nextAttemptAt());

        Publication reconciled = store.find(id).orElseThrow();
        assertThat(reconciled.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(reconciled.platformId()).isEqualTo("81");
        await().untilAsserted(() -> assertThat(jdbc.queryForObject("select state from post where id = ?",
                String.class, postId)).isEqualTo("PUBLISHED"));
        wordpress.verify(1, postRequestedFor(urlPathEqualTo(postsPath)));
        wordpress.verify(1, getRequestedFor(urlPathEqualTo(postsPath)));
    }

    @Test
    void aServiceUnavailableOnACreatingRequestIsSentAgainWithoutAskingTheBlog() {
        long id = PipelineFixture.publicationOf(jdbc, PipelineFixture.approvedPost(jdbc, publications, author, null,
                channelId));
        wordpress.stubFor(post(urlPathEqualTo(postsPath)).inScenario(site).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")).willSetStateTo("up"));
        wordpress.stubFor(post(urlPathEqualTo(postsPath)).inScenario(site).whenScenarioStateIs("up")
                .willReturn(created(83, PipelineFixture.slugOf(jdbc, id))));

        runner.runOnce();

        Publication waiting = store.find(id).orElseThrow();
        assertThat(waiting.state()).isEqualTo(PublicationState.PENDING);
        assertThat(waiting.errorCode()).isEqualTo("PLATFORM_UNAVAILABLE");

        runner.runAt(waiting.nextAttemptAt());

        assertThat(store.find(id).orElseThrow().state()).isEqualTo(PublicationState.PUBLISHED);
        wordpress.verify(2, postRequestedFor(urlPathEqualTo(postsPath)));
        wordpress.verify(0, getRequestedFor(urlPathEqualTo(postsPath)));
    }

    private static ResponseDefinitionBuilder created(long id, String slug) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(blogPost(id, slug));
    }

    private static String blogPost(long id, String slug) {
        return "{\"id\":%d,\"link\":\"https://blogg.example/%s/\",\"slug\":\"%s\",\"status\":\"publish\"}"
                .formatted(id, slug, slug);
    }
}
