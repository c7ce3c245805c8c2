package se.redaktionen.platform.internal.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.Outgoing;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.Published;
import se.redaktionen.platform.internal.StubPlatforms;

class FacebookPublisherTest {

    @RegisterExtension
    static final WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private static final String PAGE_TOKEN = "EAAGm0PX4ZCpsBAPageTokenForTests";
    private static final String FEED = "/v24.0/123/feed";

    private final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);

    private final ChannelAccount account = new ChannelAccount(8, "Botkyrka bibliotek på Facebook",
            ChannelKind.FACEBOOK_PAGE, "123", true, Map.of("pageAccessToken", PAGE_TOKEN));

    @Test
    void aPostIsSentToThePageFeedAsFormParametersWithThePageToken() {
        graph.stubFor(post(urlPathEqualTo(FEED)).willReturn(okJson("{\"id\":\"123_456\"}")));

        publisher().publish(account, publication("Höstlovet börjar på lördag!", "https://bibliotek.example/host"));

        LoggedRequest request = graph.findAll(postRequestedFor(urlPathEqualTo(FEED))).get(0);
        assertThat(request.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        graph.verify(postRequestedFor(urlPathEqualTo(FEED))
                .withFormParam("message", equalTo("Höstlovet börjar på lördag!"))
                .withFormParam("link", equalTo("https://bibliotek.example/host"))
                .withFormParam("access_token", equalTo(PAGE_TOKEN)));
    }

    @Test
    void aPostWithoutALinkSendsNoLink() {
        graph.stubFor(post(urlPathEqualTo(FEED)).willReturn(okJson("{\"id\":\"123_456\"}")));

        publisher().publish(account, publication("Sagostund i dag", null));

        LoggedRequest request = graph.findAll(postRequestedFor(urlPathEqualTo(FEED))).get(0);
        assertThat(request.formParameters()).containsKey("message").doesNotContainKey("link");
    }

    @Test
    void aCreatedPostIsPublishedUnderItsIdAndAddress() {
        graph.stubFor(post(urlPathEqualTo(FEED)).willReturn(okJson("{\"id\":\"123_456\"}")));

        Published published = publisher().publish(account, publication("Sagostund", null));

        assertThat(published).isEqualTo(new Published("123_456", "https://www.facebook.com/123_456"));
    }

    @Test
    void anExpiredPageTokenFailsAtOnceWithFacebooksExplanation() {
        graph.stubFor(post(urlPathEqualTo(FEED)).willReturn(graphError(400, """
                {"error":{"message":"Error validating access token: Session has expired on Tuesday, \
                25-Nov-25 10:00:00 PST.","type":"OAuthException","code":190,"error_subcode":463,\
                "fbtrace_id":"AbCdEf"}}""")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account, publication("Sagostund", null)));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.TOKEN_INVALID);
        assertThat(failure.detail()).isEqualTo(
                "Error validating access token: Session has expired on Tuesday, 25-Nov-25 10:00:00 PST.");
    }

    @Test
    void aDuplicateStatusFailsAtOnceAsADuplicate() {
        graph.stubFor(post(urlPathEqualTo(FEED)).willReturn(graphError(400, """
                {"error":{"message":"Duplicate status message","type":"OAuthException","code":506,\
                "error_subcode":1455006,"is_transient":false,"fbtrace_id":"AbCdEf"}}""")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account, publication("Sagostund", null)));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.DUPLICATE);
        assertThat(failure.detail()).contains("Duplicate status message");
    }

    @ParameterizedTest(name = "code {0} with HTTP {1}")
    @CsvSource({
            "4, 400, (#4) Application request limit reached",
            "4, 403, (#4) Application request limit reached",
            "32, 400, (#32) Page request limit reached",
            "32, 403, (#32) Page request limit reached"})
    void aRateLimitIsRetried(int code, int status, String message) {
        graph.stubFor(post(urlPathEqualTo(FEED)).willReturn(graphError(status,
                "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"is_transient\":true,"
                        + "\"code\":" + code + ",\"fbtrace_id\":\"AbCdEf\"}}")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account, publication("Sagostund", null)));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.code()).isEqualTo(FailureCode.RATE_LIMITED);
    }

    @Test
    void aPageRateLimitWaitsAsLongAsFacebookEstimates() {
        graph.stubFor(post(urlPathEqualTo(FEED)).willReturn(graphError(403, """
                {"error":{"message":"(#32) Page request limit reached","type":"OAuthException","code":32,\
                "fbtrace_id":"AbCdEf"}}""").withHeader("X-Business-Use-Case-Usage", """
                {"123":[{"type":"pages","call_count":100,"total_cputime":12,"total_time":20,\
                "estimated_time_to_regain_access":7}]}""")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account, publication("Sagostund", null)));

        assertThat(failure.code()).isEqualTo(FailureCode.RATE_LIMITED);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofMinutes(7));
    }

    @Test
    void anInvalidParameterFailsAtOnceAsRejected() {
        graph.stubFor(post(urlPathEqualTo(FEED)).willReturn(graphError(400, """
                {"error":{"message":"(#100) Invalid parameter","type":"OAuthException","code":100,\
                "fbtrace_id":"AbCdEf"}}""")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account, publication("Sagostund", null)));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.REJECTED);
        assertThat(failure.detail()).contains("Invalid parameter");
    }

    @Test
    void aMissingPermissionFailsAtOnceAsPermissionDenied() {
        graph.stubFor(post(urlPathEqualTo(FEED)).willReturn(graphError(403, """
                {"error":{"message":"(#200) The user hasn't authorized the application to perform this action",\
                "type":"OAuthException","code":200,"fbtrace_id":"AbCdEf"}}""")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account, publication("Sagostund", null)));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.PERMISSION_DENIED);
    }

    @ParameterizedTest(name = "HTTP {0}")
    @CsvSource({"500", "503"})
    void aTemporarilyUnavailableServiceIsRetried(int status) {
        graph.stubFor(post(urlPathEqualTo(FEED)).willReturn(graphError(status, """
                {"error":{"message":"Service temporarily unavailable","type":"FacebookApiException","code":2,\
                "is_transient":true,"fbtrace_id":"AbCdEf"}}""")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account, publication("Sagostund", null)));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.code()).isEqualTo(FailureCode.PLATFORM_UNAVAILABLE);
    }

    @Test
    void anAnswerLaterThanTheReadTimeoutLeavesThePostUncertain() {
        graph.stubFor(post(urlPathEqualTo(FEED)).willReturn(okJson("{\"id\":\"123_456\"}").withFixedDelay(2_000)));

        FacebookPublisher impatient = new FacebookPublisher(facebook(graph.baseUrl(), Duration.ofMillis(500)));
        PlatformFailure failure = failureOf(() -> impatient.publish(account, publication("Sagostund", null)));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.UNCERTAIN);
        assertThat(failure.code()).isEqualTo(FailureCode.TIMEOUT);
    }

    @Test
    void aRefusedConnectionIsRetriedBecauseNothingWasSent() throws IOException {
        String closed = "http://localhost:" + closedPort();

        PlatformFailure failure = failureOf(() -> new FacebookPublisher(facebook(closed, Duration.ofSeconds(2)))
                .publish(account, publication("Sagostund", null)));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.code()).isEqualTo(FailureCode.NETWORK);
    }

    @Test
    void aMissingPageTokenFailsAtOnceWithoutAnyRequest() {
        ChannelAccount withoutToken = new ChannelAccount(8, "Botkyrka bibliotek på Facebook",
                ChannelKind.FACEBOOK_PAGE, "123", true, Map.of());

        PlatformFailure failure = failureOf(() -> publisher().publish(withoutToken, publication("Sagostund", null)));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.CREDENTIALS_MISSING);
        assertThat(graph.getAllServeEvents()).isEmpty();
    }

    @Test
    void reconciliationFindsOurPostInThePageFeed() {
        Outgoing publication = publication("Our text", null);
        graph.stubFor(get(urlPathEqualTo(FEED)).willReturn(okJson("""
                {"data":[{"id":"1_2","message":"Our text","created_time":"2026-11-26T10:00:00+0000"}],\
                "paging":{}}""")));

        assertThat(publisher().find(account, publication))
                .contains(new Published("1_2", "https://www.facebook.com/1_2"));
        graph.verify(getRequestedFor(urlPathEqualTo(FEED))
                .withQueryParam("access_token", equalTo(PAGE_TOKEN))
                .withQueryParam("since", equalTo(Long.toString(
                        publication.createdAt().minus(1, ChronoUnit.MINUTES).getEpochSecond()))));
    }

    @Test
    void reconciliationUsesThePermalinkWhenFacebookGivesOne() {
        graph.stubFor(get(urlPathEqualTo(FEED)).willReturn(okJson("""
                {"data":[{"id":"1_2","message":"Our text","created_time":"2026-11-26T10:00:00+0000",\
                "permalink_url":"https://www.facebook.com/botkyrkabibliotek/posts/pfbid02abc"}],"paging":{}}""")));

        assertThat(publisher().find(account, publication("Our text", null))).contains(
                new Published("1_2", "https://www.facebook.com/botkyrkabibliotek/posts/pfbid02abc"));
    }

    @Test
    void reconciliationFindsNothingWhenNoPostHasOurText() {
        graph.stubFor(get(urlPathEqualTo(FEED)).willReturn(okJson("""
                {"data":[{"id":"1_2","message":"Another text","created_time":"2026-11-26T10:00:00+0000"}],\
                "paging":{}}""")));

        assertThat(publisher().find(account, publication("Our text", null))).isEmpty();
    }

    @Test
    void theConnectionTestNamesThePage() {
        graph.stubFor(get(urlPathEqualTo("/v24.0/123"))
                .willReturn(okJson("{\"id\":\"123\",\"name\":\"Botkyrka bibliotek\"}")));

        assertThat(connection().testConnection(account)).contains("Botkyrka bibliotek");
    }

    private FacebookPublisher publisher() {
        return new FacebookPublisher(facebook(graph.baseUrl(), Duration.ofSeconds(2)));
    }

    private FacebookConnectionTest connection() {
        return new FacebookConnectionTest(facebook(graph.baseUrl(), Duration.ofSeconds(2)));
    }

    private FacebookGraph facebook(String baseUrl, Duration readTimeout) {
        return FacebookCapabilities.graph(StubPlatforms.properties(baseUrl, readTimeout), clock);
    }

    private static Outgoing publication(String text, String link) {
        Instant now = Instant.now();
        return new Outgoing("rdk-" + UUID.randomUUID(), null, text, link, now, null, null);
    }

    private static ResponseDefinitionBuilder graphError(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withHeader("WWW-Authenticate", "OAuth \"Facebook Platform\" \"invalid_request\"")
                .withBody(body);
    }

    private static PlatformFailure failureOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(PlatformFailure.class);
        return (PlatformFailure) thrown;
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
