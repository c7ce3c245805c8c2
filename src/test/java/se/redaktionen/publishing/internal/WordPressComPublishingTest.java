package se.redaktionen.publishing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.TestPlatforms;
import se.redaktionen.publishing.PublicationState;
import se.redaktionen.publishing.Publications;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * A post to a blog on WordPress.com goes through the same outbox as every other: published once through
 * WordPress.com's API with the channel's token, and found again by its slug, not sent twice, when the
 * answer was lost. The platforms point at a stub standing in for WordPress.com's API.
 */
@PostgresTest
class WordPressComPublishingTest {

    private static final String CREATED = "{\"id\":%d,\"link\":\"https://%s/2026/12/08/rubrik/\",\"slug\":\"%s\"}";

    @RegisterExtension
    static final WireMockExtension wpcom = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Publications publications;
    @Autowired
    PublicationStore store;
    @Autowired
    ApplicationContext context;
    @Autowired
    TestData data;

    /** Who wrote the approved posts. */
    StaffUser author;

    String site;
    String token;
    String postsPath;
    long channelId;

    @BeforeEach
    void aBlogOnWordPressCom() throws Exception {
        author = data.staff();
        site = "bibliotek-" + System.nanoTime() + ".wordpress.com";
        token = "wpcom-token-" + System.nanoTime();
        postsPath = "/wp/v2/sites/" + site + "/posts";
        channelId = PipelineFixture.wordPressComChannel(mvc, data, site, token);
    }

    @Test
    void anApprovedPostIsPublishedOnceThroughWordPressComsApiWithTheChannelsToken() {
        wpcom.stubFor(post(urlPathEqualTo(postsPath)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(CREATED.formatted(42, site, "x"))));
        long id = PipelineFixture.publicationOf(jdbc, PipelineFixture.approvedPost(jdbc, publications, author, null,
                channelId));

        runner().runOnce();

        Publication published = store.find(id).orElseThrow();
        assertThat(published.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(published.platformId()).isEqualTo("42");
        assertThat(published.url()).isEqualTo("https://" + site + "/2026/12/08/rubrik/");
        wpcom.verify(1, postRequestedFor(urlPathEqualTo(postsPath))
                .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void aLostAnswerIsReconciledBySlugAndThePostIsNotSentAgain() {
        // The request arrived, and the connection broke before the answer came back.
        wpcom.stubFor(post(urlPathEqualTo(postsPath)).willReturn(aResponse()
                .withFault(Fault.CONNECTION_RESET_BY_PEER)));
        long id = PipelineFixture.publicationOf(jdbc, PipelineFixture.approvedPost(jdbc, publications, author, null,
                channelId));
        String slug = PipelineFixture.slugOf(jdbc, id);

        runner().runOnce();
        Publication uncertain = store.find(id).orElseThrow();
        wpcom.stubFor(get(urlPathEqualTo(postsPath)).withQueryParam("slug", equalTo(slug))
                .willReturn(okJson("[" + CREATED.formatted(43, site, slug) + "]")));
        runner().runAt(uncertain.nextAttemptAt());

        assertThat(uncertain.state()).isEqualTo(PublicationState.UNCERTAIN);
        assertThat(store.find(id).orElseThrow().state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(store.find(id).orElseThrow().platformId()).isEqualTo("43");
        wpcom.verify(1, postRequestedFor(urlPathEqualTo(postsPath)));
    }

    private PublicationRunner runner() {
        // A generous read timeout: no answer here is slow on purpose, and a busy machine should not make one so.
        return PipelineFixture.runner(context,
                TestPlatforms.at(wpcom.baseUrl(), Clock.systemUTC(), Duration.ofSeconds(20)));
    }
}
