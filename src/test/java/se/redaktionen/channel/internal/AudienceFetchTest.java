package se.redaktionen.channel.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.test.web.servlet.MockMvc;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.AudienceFetch;
import se.redaktionen.channel.AudienceSnapshot;
import se.redaktionen.channel.AudienceSource;
import se.redaktionen.channel.Audiences;
import se.redaktionen.channel.Channels;
import se.redaktionen.platform.TestPlatforms;
import se.redaktionen.platform.internal.x.OAuth1;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * The daily audience fetch against stubs speaking X's API v2 and Facebook's Graph API: what each
 * platform is asked, how its answer is recorded, and that one failing channel stops none of the others.
 */
@PostgresTest
class AudienceFetchTest {

    @RegisterExtension
    static final WireMockExtension platforms = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final LocalDate DAY = LocalDate.of(2025, 9, 1);
    private static final String CONSUMER_SECRET = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw";
    private static final String TOKEN_SECRET = "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Channels channels;
    @Autowired
    Audiences audiences;
    @Autowired
    RedaktionenProperties properties;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationContext context;

    @Test
    void xIsAskedForTheAccountsPublicMetricsSignedWithOAuth1AndItsFollowersAreRecorded() {
        String token = "370773112-" + SEQUENCE.incrementAndGet();
        long channel = twitter(token);
        platforms.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(okJson(me(1234))));

        assertThat(fetcher().fetch(List.of(channel), DAY)).isEqualTo(1);

        LoggedRequest request = platforms.findAll(getRequestedFor(urlPathEqualTo("/2/users/me"))).get(0);
        assertThat(request.getUrl()).isEqualTo("/2/users/me?user.fields=public_metrics");
        String authorization = request.getHeader("Authorization");
        assertThat(authorization).startsWith("OAuth ").contains("oauth_token=\"" + token + "\"",
                "oauth_signature_method=\"HMAC-SHA1\"");
        assertThat(OAuth1.signatureIsValid("GET", platforms.baseUrl(), request.getUrl(),
                authorization, CONSUMER_SECRET, TOKEN_SECRET)).as("the query is part of the signature").isTrue();
        assertThat(audiences.snapshots(channel, DAY, DAY))
                .containsExactly(new AudienceSnapshot(DAY, 1234, null, AudienceSource.PLATFORM));
        assertThat(audiences.lastFetch(channel).orElseThrow().failed()).isFalse();
    }

    @Test
    void facebookIsAskedForThePagesFollowersAndFansWithThePageToken() {
        String page = "page" + SEQUENCE.incrementAndGet();
        long channel = facebook(page, "EAAG-page-token-" + page);
        platforms.stubFor(get(urlPathEqualTo("/v24.0/" + page))
                .willReturn(okJson("{\"followers_count\":5678,\"fan_count\":5600,\"id\":\"" + page + "\"}")));

        assertThat(fetcher().fetch(List.of(channel), DAY)).isEqualTo(1);

        platforms.verify(getRequestedFor(urlPathEqualTo("/v24.0/" + page))
                .withQueryParam("fields", equalTo("followers_count,fan_count"))
                .withQueryParam("access_token", equalTo("EAAG-page-token-" + page)));
        assertThat(audiences.snapshots(channel, DAY, DAY))
                .containsExactly(new AudienceSnapshot(DAY, 5678, 5600, AudienceSource.PLATFORM));
    }

    @Test
    void aFailingChannelIsRecordedInWordsAndTheOthersAreFetchedAllTheSame() {
        String tokenA = "1-" + SEQUENCE.incrementAndGet();
        String tokenB = "2-" + SEQUENCE.incrementAndGet();
        long first = twitter(tokenA);
        String page = "page" + SEQUENCE.incrementAndGet();
        long expired = facebook(page, "EAAG-expired");
        long down = twitter("3-" + SEQUENCE.incrementAndGet());
        long last = twitter(tokenB);
        platforms.stubFor(get(urlPathEqualTo("/2/users/me")).withHeader("Authorization", containing("\"" + tokenA + "\""))
                .willReturn(okJson(me(100))));
        platforms.stubFor(get(urlPathEqualTo("/2/users/me")).withHeader("Authorization", containing("\"" + tokenB + "\""))
                .willReturn(okJson(me(200))));
        platforms.stubFor(get(urlPathEqualTo("/2/users/me")).atPriority(10)
                .willReturn(aResponse().withStatus(503).withBody("{\"title\":\"Service Unavailable\"}")));
        platforms.stubFor(get(urlPathEqualTo("/v24.0/" + page)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error":{"message":"Error validating access token: Session has expired.",
                        "type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"AbC"}}""")));

        int fetched = fetcher().fetch(List.of(first, expired, down, last), DAY);

        assertThat(fetched).isEqualTo(2);
        assertThat(audiences.snapshots(first, DAY, DAY)).extracting(AudienceSnapshot::followers).containsExactly(100);
        assertThat(audiences.snapshots(last, DAY, DAY)).extracting(AudienceSnapshot::followers).containsExactly(200);
        assertThat(audiences.snapshots(expired, DAY, DAY)).isEmpty();
        AudienceFetch tokenFailure = audiences.lastFetch(expired).orElseThrow();
        assertThat(tokenFailure.errorCode()).isEqualTo("TOKEN_INVALID");
        assertThat(tokenFailure.errorDetail()).contains("Session has expired").doesNotContain("EAAG-expired");
        assertThat(audiences.lastFetch(down).orElseThrow().errorCode()).isEqualTo("PLATFORM_UNAVAILABLE");
    }

    @Test
    void aChannelWithoutCredentialsIsRecordedAsSuchWithoutCallingThePlatform() {
        long channel = channel("TWITTER", "@utan", "null");

        assertThat(fetcher().fetch(List.of(channel), DAY)).isZero();

        AudienceFetch fetch = audiences.lastFetch(channel).orElseThrow();
        assertThat(fetch.errorCode()).isEqualTo("CREDENTIALS_MISSING");
        assertThat(fetch.errorDetail()).as("no platform spoke").isNull();
    }

    @Test
    void aSecondFetchTheSameDayReplacesTheDaysFigure() {
        String token = "4-" + SEQUENCE.incrementAndGet();
        long channel = twitter(token);
        platforms.stubFor(get(urlPathEqualTo("/2/users/me")).withHeader("Authorization", containing("\"" + token + "\""))
                .inScenario("grows").whenScenarioStateIs(Scenario.STARTED).willReturn(okJson(me(1234)))
                .willSetStateTo("second"));
        platforms.stubFor(get(urlPathEqualTo("/2/users/me")).withHeader("Authorization", containing("\"" + token + "\""))
                .inScenario("grows").whenScenarioStateIs("second").willReturn(okJson(me(1240))));

        fetcher().fetch(List.of(channel), DAY);
        fetcher().fetch(List.of(channel), DAY);

        assertThat(jdbc.queryForObject("select count(*) from audience_snapshot where channel_id = ?", Integer.class,
                channel)).isEqualTo(1);
        assertThat(audiences.snapshots(channel, DAY, DAY)).extracting(AudienceSnapshot::followers).containsExactly(1240);
    }

    @Test
    void theDailyFetchAsksEveryActiveXAccountAndFacebookPageAndNothingElse() {
        long x = twitter("5-" + SEQUENCE.incrementAndGet());
        long page = facebook("page" + SEQUENCE.incrementAndGet(), "EAAG-t");
        long blog = channel("WORDPRESS_BLOG", "https://blogg.example", "null");
        long sandbox = channel("SANDBOX", "", "null");
        long retired = twitter("6-" + SEQUENCE.incrementAndGet());
        jdbc.update("update channel set status = 'RETIRED', retired_on = current_date where id = ?", retired);

        assertThat(fetcher().fetchable()).contains(x, page).doesNotContain(blog, sandbox, retired);
    }

    @Test
    void theScheduleRunsDailyAtItsCronAndIsOffInTheTests() {
        assertThat(context.getBeansOfType(AudienceSchedule.class)).as("fetch-enabled=false in the tests").isEmpty();
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

        new AudienceSchedule(fetcher(), new AudienceProperties(true, "0 15 6 * * *"), properties)
                .configureTasks(registrar);

        assertThat(registrar.getCronTaskList()).singleElement()
                .satisfies(task -> assertThat(task.getExpression()).isEqualTo("0 15 6 * * *"));
    }

    /** The fetcher with the real channel module and platforms pointed at the stub. */
    private AudienceFetcher fetcher() {
        return new AudienceFetcher(channels, audiences, TestPlatforms.at(platforms.baseUrl(), clock), clock,
                properties);
    }

    private static String me(int followers) {
        return """
                {"data":{"id":"2244994945","name":"Botkyrka bibliotek","username":"botkyrkabibl",
                "public_metrics":{"followers_count":%d,"following_count":311,"tweet_count":5120,"listed_count":42}}}"""
                .formatted(followers);
    }

    private long twitter(String accessToken) {
        return channel("TWITTER", "@botkyrkabibl", "{\"consumerKey\":\"xvz1evFS4wEEPTGEFPHBog\",\"consumerSecret\":\""
                + CONSUMER_SECRET + "\",\"accessToken\":\"" + accessToken + "\",\"accessTokenSecret\":\""
                + TOKEN_SECRET + "\"}");
    }

    private long facebook(String pageId, String token) {
        return channel("FACEBOOK_PAGE", pageId, "{\"pageAccessToken\":\"" + token + "\"}");
    }

    private long channel(String kind, String handle, String credentials) {
        String json = "{\"name\":\"Publik " + kind + " " + SEQUENCE.incrementAndGet() + " " + System.nanoTime()
                + "\",\"kind\":\"" + kind + "\",\"handle\":\"" + handle + "\",\"responsibleUsername\":\""
                + data.editor().getUsername() + "\",\"deputyUsername\":\"" + data.editor().getUsername()
                + "\",\"credentials\":" + credentials + "}";
        try {
            String created = mvc.perform(post("/api/v1/channels")
                            .with(httpBasic(data.admin().getUsername(), TestData.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON).content(json))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            return ((Number) JsonPath.read(created, "$.id")).longValue();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
