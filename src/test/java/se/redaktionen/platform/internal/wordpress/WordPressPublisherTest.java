package se.redaktionen.platform.internal.wordpress;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import tools.jackson.databind.json.JsonMapper;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.Outgoing;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.Published;
import se.redaktionen.platform.internal.PlatformHttp;
import se.redaktionen.platform.internal.PlatformProperties;
import se.redaktionen.platform.internal.StubPlatforms;

/** Posts on a blog, self-hosted or on WordPress.com: every case holds for both. */
@ParameterizedClass
@EnumSource(BlogHosting.class)
class WordPressPublisherTest {

    @RegisterExtension
    static final WireMockExtension blog = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private final JsonMapper json = JsonMapper.builder().build();
    private final BlogHosting hosting;
    private final String posts;
    private final String authorization;

    WordPressPublisherTest(BlogHosting hosting) {
        this.hosting = hosting;
        this.posts = hosting.route("/posts");
        this.authorization = hosting.authorization;
    }

    @Test
    void aPostIsCreatedSignedInTheBlogsWay() {
        blog.stubFor(post(posts).willReturn(created(42, "rdk-x")));

        publisher().publish(account(), publication("Höstlov", "Sagostund"));

        blog.verify(postRequestedFor(urlPathEqualTo(posts)).withHeader("Authorization", equalTo(authorization)));
    }

    @Test
    void aPostIsSentAsJsonWithTitleEscapedParagraphsPublishStatusAndThePublicationsSlug() {
        Outgoing publication = publication("Höstlov på biblioteket",
                "Första stycket,\nmed en radbrytning.\n\nVi skriver om <script>alert(1)</script> & annat.");
        blog.stubFor(post(posts).willReturn(created(42, publication.slug())));

        publisher().publish(account(), publication);

        blog.verify(postRequestedFor(urlPathEqualTo(posts))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(json.writeValueAsString(Map.of(
                        "title", "Höstlov på biblioteket",
                        "content", "<p>Första stycket,<br>\nmed en radbrytning.</p>\n"
                                + "<p>Vi skriver om &lt;script&gt;alert(1)&lt;/script&gt; &amp; annat.</p>",
                        "status", "publish",
                        "slug", publication.slug())))));
    }

    @Test
    void aPostWithoutTitleIsTitledByItsFirstLine() {
        Outgoing publication = publication(null, "Sagostund på lördag\n\nVälkomna!");
        blog.stubFor(post(posts).willReturn(created(42, publication.slug())));

        publisher().publish(account(), publication);

        blog.verify(postRequestedFor(urlPathEqualTo(posts))
                .withRequestBody(equalToJson("{\"title\":\"Sagostund på lördag\"}", false, true)));
    }

    @Test
    void aCreatedPostIsPublishedUnderItsIdAndLink() {
        blog.stubFor(post(posts).willReturn(created(42, "rdk-x")));

        Published published = publisher().publish(account(), publication("Rubrik", "Text"));

        assertThat(published).isEqualTo(new Published("42", "https://blogg.example/2026/11/26/rubrik/"));
    }

    @Test
    void aUserThatMayNotCreatePostsFailsAtOnceAsAnInvalidToken() {
        blog.stubFor(post(posts).willReturn(wpError(401, """
                {"code":"rest_cannot_create","message":"Sorry, you are not allowed to create posts as this user.",\
                "data":{"status":401}}""")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account(), publication("Rubrik", "Text")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.TOKEN_INVALID);
        assertThat(failure.detail()).contains("Sorry, you are not allowed to create posts as this user.");
    }

    @Test
    void credentialsTheBlogDoesNotTakeFailAtOnceAsAnInvalidTokenInTheBlogsWords() {
        blog.stubFor(post(posts).willReturn(wpError(401, hosting.credentialsRefused)));

        PlatformFailure failure = failureOf(() -> publisher().publish(account(), publication("Rubrik", "Text")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.TOKEN_INVALID);
        assertThat(failure.platformMessage()).isEqualTo(hosting.credentialsRefusedSaid);
    }

    @Test
    void anAuthorWithTooFewRightsFailsAtOnceAsPermissionDenied() {
        blog.stubFor(post(posts).willReturn(wpError(403, """
                {"code":"rest_cannot_publish","message":"Sorry, you are not allowed to publish posts as this \
                user.","data":{"status":403}}""")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account(), publication("Rubrik", "Text")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.PERMISSION_DENIED);
    }

    @Test
    void anInvalidParameterFailsAtOnceAsRejected() {
        blog.stubFor(post(posts).willReturn(wpError(400, """
                {"code":"rest_invalid_param","message":"Invalid parameter(s): status","data":{"status":400,\
                "params":{"status":"status is not one of publish, future, draft, pending, private."}}}""")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account(), publication("Rubrik", "Text")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.REJECTED);
        assertThat(failure.detail()).contains("Invalid parameter(s): status");
    }

    @Test
    void aSiteOrRouteTheBlogDoesNotHaveFailsAtOnceAsNotFound() {
        blog.stubFor(post(posts).willReturn(wpError(404, hosting.noSuchSite)));

        PlatformFailure failure = failureOf(() -> publisher().publish(account(), publication("Rubrik", "Text")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.NOT_FOUND);
    }

    @Test
    void aBadGatewayFromTheProxyInFrontLeavesThePostUncertainForItMayHaveBeenStored() {
        blog.stubFor(post(posts).willReturn(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
                .withBody("<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
                        + "</h1></center><hr><center>nginx</center></body></html>")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account(), publication("Rubrik", "Text")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.UNCERTAIN);
        assertThat(failure.code()).isEqualTo(FailureCode.PLATFORM_ERROR);
        assertThat(failure.detail()).contains("502 Bad Gateway");
    }

    @Test
    void aRateLimitIsRetriedAfterTheWaitTheBlogAsksFor() {
        blog.stubFor(post(posts).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "120")
                .withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>429 Too Many Requests</h1></body></html>")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account(), publication("Rubrik", "Text")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.code()).isEqualTo(FailureCode.RATE_LIMITED);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void aCriticalErrorWhileCreatingLeavesThePostUncertainInTheBlogsWords() {
        blog.stubFor(post(posts).willReturn(wpError(500, """
                {"code":"internal_server_error","message":"<p>There has been a critical error on this website.</p>",\
                "data":{"status":500},"additional_errors":[]}""")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account(), publication("Rubrik", "Text")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.UNCERTAIN);
        assertThat(failure.code()).isEqualTo(FailureCode.PLATFORM_ERROR);
        assertThat(failure.platformMessage()).contains("There has been a critical error on this website.");
    }

    @Test
    void aBadGatewayWhileLookingForThePostIsRetried() {
        blog.stubFor(get(urlPathEqualTo(posts)).willReturn(aResponse().withStatus(502)));

        PlatformFailure failure = failureOf(() -> publisher().find(account(), publication("Rubrik", "Text")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.code()).isEqualTo(FailureCode.PLATFORM_UNAVAILABLE);
    }

    @Test
    void reconciliationFindsOurPostByItsSlugInAnyStatus() {
        Outgoing publication = publication("Rubrik", "Text");
        blog.stubFor(get(urlPathEqualTo(posts)).willReturn(okJson("[{\"id\":42,\"slug\":\"" + publication.slug()
                + "\",\"status\":\"publish\",\"link\":\"https://blogg.example/2026/11/26/rubrik/\"}]")));

        assertThat(publisher().find(account(), publication))
                .contains(new Published("42", "https://blogg.example/2026/11/26/rubrik/"));
        blog.verify(getRequestedFor(urlPathEqualTo(posts))
                .withQueryParam("slug", equalTo(publication.slug()))
                .withQueryParam("status", equalTo("any"))
                .withQueryParam("context", equalTo("edit"))
                .withHeader("Authorization", equalTo(authorization)));
    }

    @Test
    void reconciliationFindsNothingWhenNoPostHasOurSlug() {
        blog.stubFor(get(urlPathEqualTo(posts)).willReturn(okJson("[]")));

        assertThat(publisher().find(account(), publication("Rubrik", "Text"))).isEmpty();
    }

    @Test
    void theConnectionTestNamesTheUser() {
        blog.stubFor(get(urlPathEqualTo(hosting.route("/users/me"))).withQueryParam("context", equalTo("edit"))
                .willReturn(okJson("{\"id\":3,\"name\":\"Redaktionen Botkyrka\",\"slug\":\"redaktionen\"}")));

        assertThat(connection().testConnection(account())).contains("Redaktionen Botkyrka");
    }

    @Test
    void aChannelWhoseHandleNamesNoSiteFailsAtOnceWithoutAnyRequest() {
        ChannelAccount noAddress = hosting.account(hosting.handleOfNoSite(), hosting.credentials());

        PlatformFailure failure = failureOf(() -> publisher().publish(noAddress, publication("Rubrik", "Text")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.NOT_FOUND);
        assertThat(blog.getAllServeEvents()).isEmpty();
    }

    @Test
    void aMissingCredentialFailsAtOnceWithoutAnyRequest() {
        ChannelAccount noPassword = hosting.account(hosting.handle(blog.baseUrl()), hosting.incompleteCredentials());

        PlatformFailure failure = failureOf(() -> publisher().publish(noPassword, publication("Rubrik", "Text")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.CREDENTIALS_MISSING);
        assertThat(blog.getAllServeEvents()).isEmpty();
    }

    private ChannelAccount account() {
        return hosting.account(blog.baseUrl());
    }

    private WordPressPublisher publisher() {
        return new WordPressPublisher(client());
    }

    private WordPressConnectionTest connection() {
        return new WordPressConnectionTest(client());
    }

    private WordPressClient client() {
        PlatformProperties properties = StubPlatforms.properties(blog.baseUrl(), Duration.ofSeconds(2));
        return new WordPressClient(new PlatformHttp(properties, json, Clock.systemUTC()), properties);
    }

    private static Outgoing publication(String title, String text) {
        Instant now = Instant.now();
        return new Outgoing("rdk-" + UUID.randomUUID(), title, text, null, now, null, null);
    }

    private static ResponseDefinitionBuilder created(int id, String slug) {
        return aResponse().withStatus(201).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody("{\"id\":" + id + ",\"link\":\"https://blogg.example/2026/11/26/rubrik/\",\"slug\":\""
                        + slug + "\",\"status\":\"publish\"}");
    }

    private static ResponseDefinitionBuilder wpError(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(body);
    }

    private static PlatformFailure failureOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(PlatformFailure.class);
        return (PlatformFailure) thrown;
    }
}
