package se.redaktionen.platform.internal.wordpress;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import tools.jackson.databind.json.JsonMapper;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.internal.PlatformHttp;
import se.redaktionen.platform.internal.PlatformProperties;

/**
 * What only a blog on WordPress.com has: its API is where the settings say, the site is named by its
 * domain or number, and WordPress.com's own layer answers some errors in its {@code {"error","message"}}
 * shape, a refused token not always with a 401. The rest is {@link WordPressPublisherTest} and
 * {@link WordPressResponsesTest}, which run every case for both kinds of blog.
 */
class WordPressComTest {

    @RegisterExtension
    static final WireMockExtension wpcom = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    /** The settings' base address has a path of its own here, so a request that reaches the stub used it. */
    private static final String BASE_PATH = "/public-api";
    private static final String ME = BASE_PATH + "/wp/v2/sites/botkyrkabibliotek.wordpress.com/users/me";

    @Test
    void theApiIsAtTheConfiguredBaseAddressWithTheTokenAsBearer() {
        wpcom.stubFor(get(urlPathEqualTo(ME)).willReturn(okJson("{\"id\":7,\"name\":\"Redaktionen Botkyrka\"}")));

        String reached = connection().testConnection(account("botkyrkabibliotek.wordpress.com"));

        assertThat(reached).isEqualTo("Redaktionen Botkyrka (botkyrkabibliotek.wordpress.com)");
        wpcom.verify(getRequestedFor(urlPathEqualTo(ME)).withQueryParam("context", equalTo("edit"))
                .withHeader("Authorization", equalTo("Bearer wpcom-token")));
        assertThat(connection().address(account("botkyrkabibliotek.wordpress.com")))
                .startsWith(wpcom.baseUrl() + BASE_PATH);
    }

    @ParameterizedTest
    @CsvSource({
            "botkyrkabibliotek.wordpress.com, botkyrkabibliotek.wordpress.com",
            "https://botkyrkabibliotek.wordpress.com/, botkyrkabibliotek.wordpress.com",
            "123456789, 123456789",
            "https://bibliotek.example.org/blogg/, bibliotek.example.org::blogg"})
    void theSiteIsNamedByItsDomainOrNumberHoweverTheHandleWritesIt(String handle, String site) {
        String path = BASE_PATH + "/wp/v2/sites/" + site + "/users/me";
        wpcom.stubFor(get(urlPathEqualTo(path)).willReturn(okJson("{\"id\":7,\"name\":\"R\"}")));

        connection().testConnection(account(handle));

        wpcom.verify(1, getRequestedFor(urlPathEqualTo(path)));
    }

    @ParameterizedTest
    @CsvSource({"min blogg", "https:///blogg", "''"})
    void aHandleNamingNoSiteFailsAtOnceWithoutAnyRequest(String handle) {
        PlatformFailure failure = failureOf(() -> connection().testConnection(account(handle)));

        assertThat(failure.code()).isEqualTo(FailureCode.NOT_FOUND);
        assertThat(wpcom.getAllServeEvents()).isEmpty();
    }

    @Test
    void aTokenWordPressComRefusesInItsWordsIsAnInvalidTokenWhateverTheStatus() {
        wpcom.stubFor(get(urlPathEqualTo(ME)).willReturn(error(400, """
                {"error":"invalid_token","message":"The OAuth2 token is invalid."}""")));

        PlatformFailure failure = failureOf(() -> connection().testConnection(blog()));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.TOKEN_INVALID);
        assertThat(failure.httpStatus()).isEqualTo(400);
        assertThat(failure.platformMessage()).isEqualTo("The OAuth2 token is invalid. (invalid_token)");
    }

    @Test
    void aRequestWithoutAnActiveTokenIsAnInvalidTokenToo() {
        wpcom.stubFor(get(urlPathEqualTo(ME)).willReturn(error(403, """
                {"error":"authorization_required","message":"An active access token must be used to query \
                information about the current user."}""")));

        PlatformFailure failure = failureOf(() -> connection().testConnection(blog()));

        assertThat(failure.code()).isEqualTo(FailureCode.TOKEN_INVALID);
    }

    @Test
    void aSiteThatTurnedTheApiOffIsPermissionDeniedInItsWords() {
        wpcom.stubFor(get(urlPathEqualTo(ME)).willReturn(error(403, """
                {"error":"unauthorized","message":"API calls to this blog have been disabled."}""")));

        PlatformFailure failure = failureOf(() -> connection().testConnection(blog()));

        assertThat(failure.code()).isEqualTo(FailureCode.PERMISSION_DENIED);
        assertThat(failure.platformMessage()).isEqualTo("API calls to this blog have been disabled. (unauthorized)");
    }

    @Test
    void aSiteWordPressComDoesNotKnowIsNotFoundInItsWords() {
        wpcom.stubFor(get(urlPathEqualTo(ME)).willReturn(error(404, """
                {"error":"unknown_blog","message":"Unknown blog"}""")));

        PlatformFailure failure = failureOf(() -> connection().testConnection(blog()));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.NOT_FOUND);
        assertThat(failure.platformMessage()).isEqualTo("Unknown blog (unknown_blog)");
    }

    @Test
    void anUnavailableApiIsRetried() {
        wpcom.stubFor(get(urlPathEqualTo(ME)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "30")
                .withBody("Service Unavailable")));

        PlatformFailure failure = failureOf(() -> connection().testConnection(blog()));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.code()).isEqualTo(FailureCode.PLATFORM_UNAVAILABLE);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    }

    private static ChannelAccount blog() {
        return account("botkyrkabibliotek.wordpress.com");
    }

    private static ChannelAccount account(String handle) {
        return new ChannelAccount(9, "Bloggen", ChannelKind.WORDPRESS_COM, handle, true,
                Map.of("accessToken", "wpcom-token"));
    }

    private static WordPressConnectionTest connection() {
        PlatformProperties properties = new PlatformProperties(
                new PlatformProperties.Twitter("https://api.x.com", "https://x.com"),
                new PlatformProperties.Facebook("https://graph.facebook.com", "https://www.facebook.com", "v24.0"),
                new PlatformProperties.WordpressCom(wpcom.baseUrl() + BASE_PATH + "/"),
                // Nothing here is slow on purpose: a busy machine should not make an answer too late.
                Duration.ofSeconds(2), Duration.ofSeconds(20));
        PlatformHttp http = new PlatformHttp(properties, JsonMapper.builder().build(), Clock.systemUTC());
        return new WordPressConnectionTest(new WordPressClient(http, properties));
    }

    private static ResponseDefinitionBuilder error(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static PlatformFailure failureOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(PlatformFailure.class);
        return (PlatformFailure) thrown;
    }
}
