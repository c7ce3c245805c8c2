package se.redaktionen.publishing.internal;

import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import twitter4j.HttpParameter;
import twitter4j.HttpRequest;
import twitter4j.RequestMethod;
import twitter4j.auth.AccessToken;
import twitter4j.auth.OAuthAuthorization;
import twitter4j.conf.ConfigurationBuilder;

import se.redaktionen.channel.ChannelAccount;
import se.redaktionen.channel.ChannelKind;

/**
 * X through API v2 with OAuth 1.0a user context. The released twitter4j (4.0.7, the last with a
 * public request-signing API) has no v2 endpoints, so twitter4j holds the credentials and signs each
 * request, and the v2 calls themselves ({@code POST /2/tweets}, {@code GET /2/users/me},
 * {@code GET /2/users/:id/tweets}) are thin JSON calls.
 */
@Component
class TwitterAdapter implements PlatformAdapter, AudienceReader {

    private final PlatformHttp http;
    private final PlatformProperties.Twitter settings;

    TwitterAdapter(PlatformHttp http, PlatformProperties properties) {
        this.http = http;
        this.settings = properties.twitter();
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.TWITTER;
    }

    @Override
    public Published publish(ChannelAccount account, Publication publication) {
        if (publication.isReply()) {
            throw PlatformFailure.permanent(FailureCode.NO_API, "replies");
        }
        URI uri = URI.create(settings.baseUrl() + "/2/tweets");
        JsonNode created;
        try {
            created = http.call(HttpMethod.POST, uri, signed(account, "POST", uri),
                    Map.of("text", publication.text()), true, TwitterAdapter::errorText);
        } catch (PlatformFailure failure) {
            if (Integer.valueOf(403).equals(failure.httpStatus()) && failure.detail() != null
                    && failure.detail().toLowerCase(java.util.Locale.ROOT).contains("duplicate")) {
                throw HttpOutcomes.fail(PlatformFailure.Kind.PERMANENT, FailureCode.DUPLICATE, failure.detail(),
                        null, 403);
            }
            throw failure;
        }
        String id = created.path("data").path("id").asString("");
        if (id.isEmpty()) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.UNCERTAIN, FailureCode.UNEXPECTED_RESPONSE,
                    "no data.id in the answer", null, null);
        }
        return new Published(id, tweetUrl(account, id));
    }

    /** The account's own tweets since shortly before the publication was made, compared by text. */
    @Override
    public Optional<Published> find(ChannelAccount account, Publication publication) {
        String userId = me(account).path("data").path("id").asString("");
        URI uri = UriComponentsBuilder.fromUriString(settings.baseUrl()).path("/2/users/{id}/tweets")
                .queryParam("max_results", 100)
                .queryParam("start_time", publication.createdAt().minus(1, ChronoUnit.MINUTES)
                        .truncatedTo(ChronoUnit.SECONDS).toString())
                .buildAndExpand(userId).encode().toUri();
        JsonNode timeline = http.call(HttpMethod.GET, uri, signed(account, "GET", uri), null, false,
                TwitterAdapter::errorText);
        String wanted = SameText.normalise(publication.text());
        for (JsonNode tweet : timeline.path("data")) {
            if (SameText.normalise(tweet.path("text").asString("")).equals(wanted)) {
                String id = tweet.path("id").asString();
                return Optional.of(new Published(id, tweetUrl(account, id)));
            }
        }
        return Optional.empty();
    }

    @Override
    public void moderate(ChannelAccount account, String platformId, boolean remove) {
        throw PlatformFailure.permanent(FailureCode.NO_API, "moderation");
    }

    @Override
    public boolean readsResponses() {
        return false;
    }

    @Override
    public se.redaktionen.publishing.InboundPage fetchResponses(ChannelAccount account, String cursor) {
        throw PlatformFailure.permanent(FailureCode.NO_API, "responses");
    }

    @Override
    public String testConnection(ChannelAccount account) {
        JsonNode data = me(account).path("data");
        return "@" + data.path("username").asString("?") + " (" + data.path("name").asString("") + ")";
    }

    /** The account's followers: {@code GET /2/users/me?user.fields=public_metrics}, signed like every call. */
    @Override
    public Audience audience(ChannelAccount account) {
        URI uri = URI.create(settings.baseUrl() + "/2/users/me?user.fields=public_metrics");
        JsonNode followers = http.call(HttpMethod.GET, uri, signed(account, "GET", uri), null, false,
                TwitterAdapter::errorText).path("data").path("public_metrics").path("followers_count");
        if (!followers.canConvertToInt() || followers.asInt() < 0) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.PERMANENT, FailureCode.UNEXPECTED_RESPONSE,
                    "no data.public_metrics.followers_count in the answer", null, null);
        }
        return new Audience(followers.asInt(), null);
    }

    private JsonNode me(ChannelAccount account) {
        URI uri = URI.create(settings.baseUrl() + "/2/users/me");
        return http.call(HttpMethod.GET, uri, signed(account, "GET", uri), null, false, TwitterAdapter::errorText);
    }

    private String tweetUrl(ChannelAccount account, String id) {
        String handle = account.handle() == null ? "i" : account.handle().strip().replaceFirst("^@", "");
        return settings.webUrl() + "/" + (handle.isEmpty() ? "i" : handle) + "/status/" + id;
    }

    /** OAuth 1.0a (HMAC-SHA1) signed by twitter4j; the query string is part of the signature, the JSON body is not. */
    private static java.util.function.Consumer<HttpHeaders> signed(ChannelAccount account, String method, URI uri) {
        String consumerKey = required(account, "consumerKey");
        String consumerSecret = required(account, "consumerSecret");
        String accessToken = required(account, "accessToken");
        String accessTokenSecret = required(account, "accessTokenSecret");
        OAuthAuthorization oauth = new OAuthAuthorization(new ConfigurationBuilder()
                .setOAuthConsumerKey(consumerKey).setOAuthConsumerSecret(consumerSecret).build());
        oauth.setOAuthAccessToken(new AccessToken(accessToken, accessTokenSecret));
        String header = oauth.getAuthorizationHeader(new HttpRequest(RequestMethod.valueOf(method), uri.toString(),
                new HttpParameter[0], oauth, Map.of()));
        return headers -> headers.set(HttpHeaders.AUTHORIZATION, header);
    }

    private static String required(ChannelAccount account, String name) {
        String value = account.credential(name);
        if (value == null || value.isBlank()) {
            throw PlatformFailure.permanent(FailureCode.CREDENTIALS_MISSING, null);
        }
        return value;
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
