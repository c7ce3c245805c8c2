package se.redaktionen.platform.internal.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
import java.util.Optional;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.Outgoing;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.Published;
import se.redaktionen.platform.internal.PlatformProperties;
import se.redaktionen.platform.internal.StubPlatforms;

class XPublisherTest {

    @RegisterExtension
    static final WireMockExtension x = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    // The example credentials of X's own OAuth 1.0a documentation.
    private static final String CONSUMER_KEY = "xvz1evFS4wEEPTGEFPHBog";
    private static final String CONSUMER_SECRET = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw";
    private static final String ACCESS_TOKEN = "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb";
    private static final String ACCESS_TOKEN_SECRET = "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE";

    private static final String ME = """
            {"data":{"id":"2244994945","name":"Bibliotek","username":"botkyrkabibl"}}""";

    // Fixed to a whole second so that a reset given in epoch seconds is an exact wait.
    private final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);

    private final ChannelAccount account = new ChannelAccount(7, "Botkyrka bibliotek på X", ChannelKind.TWITTER,
            "@botkyrkabibl", true, Map.of("consumerKey", CONSUMER_KEY, "consumerSecret", CONSUMER_SECRET,
                    "accessToken", ACCESS_TOKEN, "accessTokenSecret", ACCESS_TOKEN_SECRET));

    @Test
    void aTweetIsPostedAsJsonWithNothingButItsText() {
        x.stubFor(post("/2/tweets").willReturn(created("1445880548472328192", "Höstlovet börjar på lördag!")));

        publisher().publish(account, publication("Höstlovet börjar på lördag!"));

        x.verify(postRequestedFor(urlEqualTo("/2/tweets"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("{\"text\":\"Höstlovet börjar på lördag!\"}")));
    }

    @Test
    void aTweetIsSignedWithOAuth1HmacSha1ByTheAccountsKeysAndTokens() {
        x.stubFor(post("/2/tweets").willReturn(created("1445880548472328192", "Sagostund")));

        publisher().publish(account, publication("Sagostund"));

        LoggedRequest request = x.findAll(postRequestedFor(urlEqualTo("/2/tweets"))).get(0);
        String authorization = request.getHeader("Authorization");
        assertThat(authorization).matches("OAuth [a-z_]+=\"[^\"]*\"(,\\s*[a-z_]+=\"[^\"]*\")*");
        Map<String, String> oauth = OAuth1.parameters(authorization);
        assertThat(oauth).containsOnlyKeys("oauth_consumer_key", "oauth_nonce", "oauth_signature",
                "oauth_signature_method", "oauth_timestamp", "oauth_token", "oauth_version");
        assertThat(oauth).containsEntry("oauth_consumer_key", CONSUMER_KEY)
                .containsEntry("oauth_token", ACCESS_TOKEN)
                .containsEntry("oauth_signature_method", "HMAC-SHA1")
                .containsEntry("oauth_version", "1.0");
        assertThat(oauth.get("oauth_nonce")).isNotBlank();
        assertThat(Instant.ofEpochSecond(Long.parseLong(oauth.get("oauth_timestamp"))))
                .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(5));
        assertThat(OAuth1.signatureIsValid("POST", x.baseUrl(), request.getUrl(), authorization, CONSUMER_SECRET,
                ACCESS_TOKEN_SECRET)).isTrue();
    }

    @Test
    void theTimelineQueryIsSignedTogetherWithItsQueryParameters() {
        Outgoing publication = publication("Sagostund");
        x.stubFor(get("/2/users/me").willReturn(okJson(ME)));
        x.stubFor(get(urlPathEqualTo("/2/users/2244994945/tweets"))
                .willReturn(okJson("{\"meta\":{\"result_count\":0}}")));

        publisher().find(account, publication);

        LoggedRequest timeline = x.findAll(getRequestedFor(urlPathEqualTo("/2/users/2244994945/tweets"))).get(0);
        assertThat(timeline.queryParameter("max_results").firstValue()).isEqualTo("100");
        assertThat(timeline.queryParameter("start_time").firstValue()).isEqualTo(
                publication.createdAt().minus(1, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS).toString());
        assertThat(OAuth1.signatureIsValid("GET", x.baseUrl(), timeline.getUrl(), timeline.getHeader("Authorization"),
                CONSUMER_SECRET, ACCESS_TOKEN_SECRET)).isTrue();
        LoggedRequest me = x.findAll(getRequestedFor(urlEqualTo("/2/users/me"))).get(0);
        assertThat(OAuth1.signatureIsValid("GET", x.baseUrl(), me.getUrl(), me.getHeader("Authorization"),
                CONSUMER_SECRET, ACCESS_TOKEN_SECRET)).isTrue();
    }

    @Test
    void theSignatureCheckRejectsAWrongSecretATamperedQueryAndATamperedSignature() {
        x.stubFor(get("/2/users/me").willReturn(okJson(ME)));
        x.stubFor(get(urlPathEqualTo("/2/users/2244994945/tweets"))
                .willReturn(okJson("{\"meta\":{\"result_count\":0}}")));
        publisher().find(account, publication("Sagostund"));
        LoggedRequest timeline = x.findAll(getRequestedFor(urlPathEqualTo("/2/users/2244994945/tweets"))).get(0);
        String authorization = timeline.getHeader("Authorization");
        String signature = OAuth1.parameters(authorization).get("oauth_signature");
        String otherSignature = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);

        assertThat(OAuth1.signatureIsValid("GET", x.baseUrl(), timeline.getUrl(), authorization, CONSUMER_SECRET,
                ACCESS_TOKEN_SECRET)).isTrue();
        assertThat(OAuth1.signatureIsValid("GET", x.baseUrl(), timeline.getUrl(), authorization, "wrong",
                ACCESS_TOKEN_SECRET)).isFalse();
        assertThat(OAuth1.signatureIsValid("GET", x.baseUrl(), timeline.getUrl(), authorization, CONSUMER_SECRET,
                "wrong")).isFalse();
        assertThat(OAuth1.signatureIsValid("GET", x.baseUrl(), timeline.getUrl().replace("max_results=100",
                "max_results=5"), authorization, CONSUMER_SECRET, ACCESS_TOKEN_SECRET)).isFalse();
        assertThat(OAuth1.signatureIsValid("POST", x.baseUrl(), timeline.getUrl(), authorization, CONSUMER_SECRET,
                ACCESS_TOKEN_SECRET)).isFalse();
        assertThat(OAuth1.signatureIsValid("GET", x.baseUrl(), timeline.getUrl(),
                authorization.replace(OAuth1.encode(signature), OAuth1.encode(otherSignature)), CONSUMER_SECRET,
                ACCESS_TOKEN_SECRET)).isFalse();
    }

    @Test
    void aCreatedTweetIsPublishedUnderItsIdAndTheAccountsAddress() {
        x.stubFor(post("/2/tweets").willReturn(created("1445880548472328192", "Sagostund")));

        Published published = publisher().publish(account, publication("Sagostund"));

        assertThat(published).isEqualTo(new Published("1445880548472328192",
                "https://x.com/botkyrkabibl/status/1445880548472328192"));
    }

    @Test
    void aRevokedTokenFailsAtOnceAsAnInvalidToken() {
        x.stubFor(post("/2/tweets").willReturn(problem(401, """
                {"title":"Unauthorized","type":"about:blank","status":401,"detail":"Unauthorized"}""")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account, publication("Sagostund")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.TOKEN_INVALID);
        assertThat(failure.httpStatus()).isEqualTo(401);
    }

    @Test
    void aDuplicateTweetFailsAtOnceWithTheReasonInWords() {
        x.stubFor(post("/2/tweets").willReturn(problem(403, """
                {"detail":"You are not allowed to create a Tweet with duplicate content.","type":"about:blank",\
                "title":"Forbidden","status":403}""")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account, publication("Sagostund")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.DUPLICATE);
        assertThat(failure.detail()).isEqualTo("You are not allowed to create a Tweet with duplicate content.");
    }

    @Test
    void aForbiddenTweetThatIsNoDuplicateFailsAtOnceAsPermissionDenied() {
        x.stubFor(post("/2/tweets").willReturn(problem(403, """
                {"detail":"You are not permitted to perform this action.","type":"about:blank",\
                "title":"Forbidden","status":403}""")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account, publication("Sagostund")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.PERMISSION_DENIED);
    }

    @Test
    void anInvalidRequestFailsAtOnceAsRejected() {
        x.stubFor(post("/2/tweets").willReturn(problem(400, """
                {"errors":[{"parameters":{"text":[""]},"message":"Requests with bodies must have content-type of \
                application/json."}],"title":"Invalid Request","detail":"One or more parameters to your request \
                was invalid.","type":"https://api.twitter.com/2/problems/invalid-request"}""")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account, publication("Sagostund")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.REJECTED);
        assertThat(failure.detail()).isNotBlank();
    }

    @Test
    void aRateLimitIsRetriedWhenTheLimitResets() {
        long reset = clock.instant().plusSeconds(60).getEpochSecond();
        x.stubFor(post("/2/tweets").willReturn(problem(429, """
                {"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}""")
                .withHeader("x-rate-limit-limit", "200").withHeader("x-rate-limit-remaining", "0")
                .withHeader("x-rate-limit-reset", Long.toString(reset))));

        PlatformFailure failure = failureOf(() -> publisher().publish(account, publication("Sagostund")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.code()).isEqualTo(FailureCode.RATE_LIMITED);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aRateLimitWithRetryAfterIsRetriedThatManySecondsLater() {
        x.stubFor(post("/2/tweets").willReturn(problem(429, """
                {"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}""")
                .withHeader("Retry-After", "120")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account, publication("Sagostund")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.code()).isEqualTo(FailureCode.RATE_LIMITED);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void anUnavailablePlatformIsRetried() {
        x.stubFor(post("/2/tweets").willReturn(problem(503, """
                {"title":"Service Unavailable","detail":"Service Unavailable","type":"about:blank","status":503}""")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account, publication("Sagostund")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.code()).isEqualTo(FailureCode.PLATFORM_UNAVAILABLE);
    }

    @Test
    void aServerErrorWhileTweetingLeavesThePublicationUncertain() {
        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(500).withBody("Internal Server Error")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account, publication("Sagostund")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.UNCERTAIN);
    }

    @Test
    void anAnswerLaterThanTheReadTimeoutLeavesTheTweetUncertain() {
        x.stubFor(post("/2/tweets").willReturn(created("1445880548472328192", "Sagostund").withFixedDelay(2_000)));

        PlatformFailure failure = failureOf(() -> new XPublisher(client(x.baseUrl(), Duration.ofMillis(500)))
                .publish(account, publication("Sagostund")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.UNCERTAIN);
        assertThat(failure.code()).isEqualTo(FailureCode.TIMEOUT);
    }

    @Test
    void aRefusedConnectionIsRetriedBecauseNothingWasSent() throws IOException {
        XPublisher nowhere = new XPublisher(client("http://localhost:" + closedPort(), Duration.ofSeconds(2)));
        PlatformFailure failure = failureOf(() -> nowhere.publish(account, publication("Sagostund")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.code()).isEqualTo(FailureCode.NETWORK);
    }

    @Test
    void missingCredentialsFailAtOnceWithoutAnyRequest() {
        ChannelAccount withoutSecret = new ChannelAccount(7, "Botkyrka bibliotek på X", ChannelKind.TWITTER,
                "@botkyrkabibl", true, Map.of("consumerKey", CONSUMER_KEY, "consumerSecret", CONSUMER_SECRET,
                        "accessToken", ACCESS_TOKEN));

        PlatformFailure failure = failureOf(() -> publisher().publish(withoutSecret, publication("Sagostund")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.CREDENTIALS_MISSING);
        assertThat(x.getAllServeEvents()).isEmpty();
    }

    @Test
    void reconciliationFindsOurTweetThoughXShortenedItsLink() {
        x.stubFor(get("/2/users/me").willReturn(okJson(ME)));
        x.stubFor(get(urlPathEqualTo("/2/users/2244994945/tweets")).willReturn(okJson("""
                {"data":[{"id":"1","text":"Other"},{"id":"2","text":"Our text https://t.co/abc"}],\
                "meta":{"result_count":2}}""")));

        Optional<Published> found = publisher().find(account, publication("Our text https://bibliotek.example/x"));

        assertThat(found).contains(new Published("2", "https://x.com/botkyrkabibl/status/2"));
    }

    @Test
    void reconciliationFindsNothingWhenNoTweetHasOurText() {
        x.stubFor(get("/2/users/me").willReturn(okJson(ME)));
        x.stubFor(get(urlPathEqualTo("/2/users/2244994945/tweets")).willReturn(okJson("""
                {"data":[{"id":"1","text":"Other"},{"id":"2","text":"Our text, changed https://t.co/abc"}],\
                "meta":{"result_count":2}}""")));

        assertThat(publisher().find(account, publication("Our text https://bibliotek.example/x"))).isEmpty();
    }

    @Test
    void reconciliationFindsNothingOnAnEmptyTimeline() {
        x.stubFor(get("/2/users/me").willReturn(okJson(ME)));
        x.stubFor(get(urlPathEqualTo("/2/users/2244994945/tweets"))
                .willReturn(okJson("{\"meta\":{\"result_count\":0}}")));

        assertThat(publisher().find(account, publication("Our text"))).isEmpty();
    }

    @Test
    void theConnectionTestNamesTheAccount() {
        x.stubFor(get("/2/users/me").willReturn(okJson(ME)));

        assertThat(connection().testConnection(account)).contains("@botkyrkabibl");
    }

    private XPublisher publisher() {
        return new XPublisher(client(x.baseUrl(), Duration.ofSeconds(2)));
    }

    private XConnectionTest connection() {
        return new XConnectionTest(client(x.baseUrl(), Duration.ofSeconds(2)));
    }

    private XClient client(String baseUrl, Duration readTimeout) {
        PlatformProperties properties = StubPlatforms.properties(baseUrl, readTimeout);
        return new XClient(StubPlatforms.http(properties, clock), properties, StubPlatforms.noApps());
    }

    private static Outgoing publication(String text) {
        Instant now = Instant.now();
        return new Outgoing("rdk-" + UUID.randomUUID(), null, text, null, now, null, null);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder created(String id, String text) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"data\":{\"id\":\"" + id + "\",\"text\":\"" + text + "\"}}");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
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
