package se.redaktionen.platform.internal.x;

import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import twitter4j.HttpParameter;
import twitter4j.HttpRequest;
import twitter4j.RequestMethod;
import twitter4j.auth.AccessToken;
import twitter4j.auth.OAuthAuthorization;
import twitter4j.conf.ConfigurationBuilder;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.internal.PlainHttpGuard;
import se.redaktionen.platform.internal.PlatformApps;
import se.redaktionen.platform.internal.PlatformHttp;
import se.redaktionen.platform.internal.PlatformProperties;
import se.redaktionen.platform.internal.RequestKind;

/**
 * X through API v2 with OAuth 1.0a user context. The released twitter4j (4.0.7, the last with a
 * public request-signing API) has no v2 endpoints, so twitter4j holds the credentials and signs each
 * request, and the v2 calls themselves are thin JSON calls made here, each capability's class saying
 * which.
 */
@Component
class XClient {

    private final PlatformHttp http;
    private final PlatformProperties.Twitter settings;
    private final PlatformApps.Twitter app;

    XClient(PlatformHttp http, PlatformProperties properties, PlatformApps apps) {
        this.http = http;
        this.settings = properties.twitter();
        this.app = apps.twitter();
    }

    PlatformApps.Twitter app() {
        return app;
    }

    String baseUrl() {
        return settings.baseUrl();
    }

    PlatformHttp http() {
        return http;
    }

    /** {@code GET /2/users/me}: the account the credentials belong to. */
    JsonNode me(ChannelAccount account) {
        URI uri = URI.create(settings.baseUrl() + "/2/users/me");
        return call(account, HttpMethod.GET, uri, null, RequestKind.IDEMPOTENT);
    }

    /** A call to {@code uri} signed with the account's credentials, X's error document read for its words. */
    JsonNode call(ChannelAccount account, HttpMethod method, URI uri, Object body, RequestKind kind) {
        return http.call(method, uri, signed(account, method.name(), uri), body, kind, XClient::errorText);
    }

    String tweetUrl(ChannelAccount account, String id) {
        String handle = account.handle() == null ? "i" : account.handle().strip().replaceFirst("^@", "");
        return settings.webUrl() + "/" + (handle.isEmpty() ? "i" : handle) + "/status/" + id;
    }

    static String tweetId(String platformId) {
        String id = platformId == null ? "" : platformId.strip();
        if (!id.matches("\\d{1,20}")) {
            throw PlatformFailure.permanent(FailureCode.NOT_FOUND, "no tweet id: " + platformId);
        }
        return id;
    }

    /**
     * OAuth 1.0a (HMAC-SHA1) signed by twitter4j; the query string is part of the signature, the JSON body is
     * not. A channel that stores no consumer key and secret of its own is the installation's app's, as
     * Connect leaves it; one that stores them (pasted by hand) uses its own.
     */
    private Consumer<HttpHeaders> signed(ChannelAccount account, String method, URI uri) {
        PlainHttpGuard.check(account, uri);
        boolean ownApp = present(account.credential("consumerKey")) || present(account.credential("consumerSecret"));
        String consumerKey = orMissing(ownApp ? account.credential("consumerKey") : app.consumerKey());
        String consumerSecret = orMissing(ownApp ? account.credential("consumerSecret") : app.consumerSecret());
        String accessToken = orMissing(account.credential("accessToken"));
        String accessTokenSecret = orMissing(account.credential("accessTokenSecret"));
        OAuthAuthorization oauth = new OAuthAuthorization(new ConfigurationBuilder()
                .setOAuthConsumerKey(consumerKey).setOAuthConsumerSecret(consumerSecret).build());
        oauth.setOAuthAccessToken(new AccessToken(accessToken, accessTokenSecret));
        String header = oauth.getAuthorizationHeader(new HttpRequest(RequestMethod.valueOf(method), uri.toString(),
                new HttpParameter[0], oauth, Map.of()));
        return headers -> headers.set(HttpHeaders.AUTHORIZATION, header);
    }

    private static String orMissing(String value) {
        if (!present(value)) {
            throw PlatformFailure.permanent(FailureCode.CREDENTIALS_MISSING, null);
        }
        return value;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * X answers {@code {"title","detail"}} (problem details) or {@code {"errors":[{"message"}]}}.
     * Duplicate content comes as a 403 whose detail says so.
     */
    static String errorText(JsonNode error) {
        String detail = error.path("detail").asString("");
        if (error.path("errors").isArray() && !error.path("errors").isEmpty()) {
            String first = error.path("errors").get(0).path("message").asString("");
            detail = detail.isEmpty() ? first : first.isEmpty() ? detail : detail + " " + first;
        }
        if (detail.isEmpty()) {
            detail = error.path("title").asString("");
        }
        return detail;
    }
}
