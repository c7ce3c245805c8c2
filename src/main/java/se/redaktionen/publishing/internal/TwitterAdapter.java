package se.redaktionen.publishing.internal;

import static se.redaktionen.publishing.internal.RequestKind.CREATING;
import static se.redaktionen.publishing.internal.RequestKind.IDEMPOTENT;

import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

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
import se.redaktionen.publishing.InboundKind;
import se.redaktionen.publishing.InboundPage;
import se.redaktionen.publishing.InboundResponse;

/**
 * X through API v2 with OAuth 1.0a user context. The released twitter4j (4.0.7, the last with a
 * public request-signing API) has no v2 endpoints, so twitter4j holds the credentials and signs each
 * request, and the v2 calls themselves ({@code POST /2/tweets} for tweets and replies,
 * {@code GET /2/users/me}, {@code GET /2/users/:id/tweets}, {@code GET /2/users/:id/mentions},
 * {@code PUT /2/tweets/:id/hidden}) are thin JSON calls.
 */
@Component
class TwitterAdapter implements PlatformAdapter, AudienceReader {

    private static final String MENTION_FIELDS =
            "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets";
    /** The mentions X adds in front of a reply's text. */
    private static final Pattern LEADING_MENTIONS = Pattern.compile("^(@\\w{1,15}\\s+)+");
    /** X's ids count milliseconds since this instant in their upper bits. */
    private static final long TWITTER_EPOCH_MILLIS = 1288834974657L;

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
        URI uri = URI.create(settings.baseUrl() + "/2/tweets");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", publication.text());
        if (publication.isReply()) {
            // A reply is a tweet in the answered tweet's conversation.
            body.put("reply", Map.of("in_reply_to_tweet_id", tweetId(publication.inReplyTo())));
        }
        JsonNode created;
        try {
            created = http.call(HttpMethod.POST, uri, signed(account, "POST", uri), body, CREATING,
                    TwitterAdapter::errorText);
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

    /**
     * The account's own tweets since shortly before the publication was made, compared by text. A reply
     * must also answer the right tweet where X says which ({@code referenced_tweets}), and its text is
     * compared without the mentions X puts in front of it.
     */
    @Override
    public Optional<Published> find(ChannelAccount account, Publication publication) {
        String userId = me(account).path("data").path("id").asString("");
        UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(settings.baseUrl())
                .path("/2/users/{id}/tweets")
                .queryParam("max_results", 100)
                .queryParam("start_time", publication.createdAt().minus(1, ChronoUnit.MINUTES)
                        .truncatedTo(ChronoUnit.SECONDS).toString());
        if (publication.isReply()) {
            builder.queryParam("tweet.fields", "referenced_tweets,in_reply_to_user_id,conversation_id");
        }
        URI uri = builder.buildAndExpand(userId).encode().toUri();
        JsonNode timeline = http.call(HttpMethod.GET, uri, signed(account, "GET", uri), null, IDEMPOTENT,
                TwitterAdapter::errorText);
        String wanted = SameText.normalise(publication.text());
        for (JsonNode tweet : timeline.path("data")) {
            String text = tweet.path("text").asString("");
            boolean sameText = SameText.normalise(text).equals(wanted) || (publication.isReply()
                    && SameText.normalise(LEADING_MENTIONS.matcher(text).replaceFirst("")).equals(wanted));
            if (sameText && (!publication.isReply() || answers(tweet, publication.inReplyTo()))) {
                String id = tweet.path("id").asString();
                return Optional.of(new Published(id, tweetUrl(account, id)));
            }
        }
        return Optional.empty();
    }

    /** Whether the tweet replies to {@code inReplyTo}; a tweet without {@code referenced_tweets} may. */
    private static boolean answers(JsonNode tweet, String inReplyTo) {
        JsonNode referenced = tweet.path("referenced_tweets");
        if (!referenced.isArray() || referenced.isEmpty()) {
            return true;
        }
        for (JsonNode reference : referenced) {
            if ("replied_to".equals(reference.path("type").asString(""))
                    && inReplyTo.strip().equals(reference.path("id").asString(""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hide: {@code PUT /2/tweets/{id}/hidden} with {@code {"hidden": true}}, possible for replies in the
     * account's own conversations. X lets no one delete another account's tweet, so remove hides the
     * reply as well and then says so ({@code NO_API}): the response is removed in Redaktionen, hidden on X.
     */
    @Override
    public void moderate(ChannelAccount account, String platformId, boolean remove) {
        URI uri = URI.create(settings.baseUrl() + "/2/tweets/" + tweetId(platformId) + "/hidden");
        JsonNode answer = http.call(HttpMethod.PUT, uri, signed(account, "PUT", uri), Map.of("hidden", true),
                IDEMPOTENT, TwitterAdapter::errorText);
        if (!answer.path("data").path("hidden").asBoolean(false)) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.RETRY, FailureCode.UNEXPECTED_RESPONSE,
                    "X did not confirm the reply as hidden", null, null);
        }
        if (remove) {
            throw PlatformFailure.permanent(FailureCode.NO_API,
                    "X lets no one delete another account's post: the reply is hidden on X instead");
        }
    }

    @Override
    public boolean readsResponses() {
        return true;
    }

    /**
     * The account's mentions, replies to its tweets included:
     * {@code GET /2/users/{id}/mentions?since_id=…&max_results=100&tweet.fields=…&expansions=author_id&user.fields=username,name}
     * (the user id from {@code GET /2/users/me}). X pages from the newest down, so the cursor is the newest
     * id read ({@code since_id}) when a reading is complete, and while one is under way
     * {@code since:newest:oldest:pagination_token}: a failure midway resumes at the page that failed, and
     * the newest id becomes the cursor only when the last page is in. Each page is handed out oldest first.
     * A reply ({@code referenced_tweets} {@code replied_to}) answers that tweet in its conversation; other
     * mentions answer the tweet they quote, if any. The account's own tweets are left out. A first reading
     * (no cursor) goes 30 days back.
     */
    @Override
    public InboundPage fetchResponses(ChannelAccount account, String cursor) {
        MentionCursor at = MentionCursor.parse(cursor);
        String userId = me(account).path("data").path("id").asString("");
        if (!userId.matches("\\d+")) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.RETRY, FailureCode.UNEXPECTED_RESPONSE,
                    "no data.id in the answer to /2/users/me", null, null);
        }
        JsonNode page;
        try {
            page = mentions(account, userId, at, false);
        } catch (PlatformFailure failure) {
            // A pagination token X no longer takes: the same page again, by the oldest id read so far.
            if (at.token() == null || at.oldest() == null || failure.code() != FailureCode.REJECTED) {
                throw failure;
            }
            page = mentions(account, userId, at, true);
        }
        Map<String, JsonNode> users = new HashMap<>();
        for (JsonNode user : page.path("includes").path("users")) {
            users.put(user.path("id").asString(""), user);
        }
        // A first reading goes back 30 days and no further.
        Instant floor = at.since() == null ? http.clock().instant().minus(InboundText.FIRST_READING) : null;
        boolean pastFloor = false;
        List<InboundResponse> responses = new ArrayList<>();
        for (JsonNode tweet : page.path("data")) {
            String id = tweet.path("id").asString("");
            if (!id.matches("\\d{1,20}") || userId.equals(tweet.path("author_id").asString(""))) {
                continue;
            }
            InboundResponse response = mention(tweet, users.get(tweet.path("author_id").asString("")));
            if (floor != null && response.at().isBefore(floor)) {
                pastFloor = true;
                continue;
            }
            responses.add(0, response);
        }
        JsonNode meta = page.path("meta");
        String newest = at.inReading() ? at.newest() : meta.path("newest_id").asString(null);
        String oldest = meta.path("oldest_id").asString(at.oldest());
        String token = meta.path("next_token").asString("");
        if (!pastFloor && newest != null && token.matches("[^:\\s]{1,200}")) {
            return new InboundPage(responses, new MentionCursor(at.since(), newest, oldest, token).toString(), true);
        }
        String since = newest != null ? newest : at.since();
        return new InboundPage(responses, since, false);
    }

    private JsonNode mentions(ChannelAccount account, String userId, MentionCursor at, boolean byOldest) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(settings.baseUrl())
                .path("/2/users/{id}/mentions").queryParam("max_results", 100);
        if (at.since() != null) {
            builder.queryParam("since_id", at.since());
        }
        if (at.token() != null && !byOldest) {
            builder.queryParam("pagination_token", at.token());
        } else if (at.inReading() && at.oldest() != null) {
            builder.queryParam("until_id", at.oldest());
        }
        URI uri = builder.queryParam("tweet.fields", MENTION_FIELDS).queryParam("expansions", "author_id")
                .queryParam("user.fields", "username,name").buildAndExpand(userId).encode().toUri();
        return http.call(HttpMethod.GET, uri, signed(account, "GET", uri), null, IDEMPOTENT, TwitterAdapter::errorText);
    }

    private static InboundResponse mention(JsonNode tweet, JsonNode author) {
        String id = tweet.path("id").asString();
        String repliedTo = null;
        String quoted = null;
        for (JsonNode reference : tweet.path("referenced_tweets")) {
            String type = reference.path("type").asString("");
            if ("replied_to".equals(type)) {
                repliedTo = reference.path("id").asString(null);
            } else if ("quoted".equals(type)) {
                quoted = reference.path("id").asString(null);
            }
        }
        String conversation = tweet.path("conversation_id").asString("");
        String thread = conversation.isEmpty() || conversation.equals(id) ? null : conversation;
        return new InboundResponse(id, repliedTo != null ? InboundKind.REPLY : InboundKind.MENTION,
                repliedTo != null ? repliedTo : quoted, thread,
                author == null ? null : InboundText.name(author.path("name").asString(null)),
                author == null || author.path("username").asString("").isEmpty() ? null
                        : InboundText.name("@" + author.path("username").asString()),
                InboundText.text(tweet.path("text").asString("")), createdAt(tweet, id));
    }

    /** {@code created_at}, or the time inside the id when X leaves it out. */
    private static Instant createdAt(JsonNode tweet, String id) {
        try {
            return Instant.parse(tweet.path("created_at").asString(""));
        } catch (DateTimeParseException missing) {
            return Instant.ofEpochMilli(new BigInteger(id).shiftRight(22).longValue() + TWITTER_EPOCH_MILLIS);
        }
    }

    /**
     * How far the mentions are read: {@code since} the newest id of the last complete reading; while a
     * reading is under way also its {@code newest} id, the {@code oldest} read so far and X's token to the
     * next (older) page.
     */
    record MentionCursor(String since, String newest, String oldest, String token) {

        static MentionCursor parse(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return new MentionCursor(null, null, null, null);
            }
            String[] parts = cursor.strip().split(":", -1);
            if (parts.length == 1) {
                return new MentionCursor(digits(parts[0]), null, null, null);
            }
            if (parts.length == 4 && digits(parts[1]) != null) {
                return new MentionCursor(digits(parts[0]), digits(parts[1]), digits(parts[2]),
                        parts[3].isEmpty() ? null : parts[3]);
            }
            // Not a cursor this code wrote: read again from the start; the response module stores each once.
            return new MentionCursor(null, null, null, null);
        }

        boolean inReading() {
            return newest != null;
        }

        @Override
        public String toString() {
            return (since == null ? "" : since) + ":" + newest + ":" + (oldest == null ? "" : oldest) + ":"
                    + (token == null ? "" : token);
        }

        private static String digits(String value) {
            return value != null && value.matches("\\d{1,20}") ? value : null;
        }
    }

    private static String tweetId(String platformId) {
        String id = platformId == null ? "" : platformId.strip();
        if (!id.matches("\\d{1,20}")) {
            throw PlatformFailure.permanent(FailureCode.NOT_FOUND, "no tweet id: " + platformId);
        }
        return id;
    }

    @Override
    public String testConnection(ChannelAccount account) {
        JsonNode data = me(account).path("data");
        return "@" + data.path("username").asString("?") + " (" + data.path("name").asString("") + ")";
    }

    @Override
    public String address(ChannelAccount account) {
        return settings.baseUrl();
    }

    /** The account's followers: {@code GET /2/users/me?user.fields=public_metrics}, signed like every call. */
    @Override
    public Audience audience(ChannelAccount account) {
        URI uri = URI.create(settings.baseUrl() + "/2/users/me?user.fields=public_metrics");
        JsonNode followers = http.call(HttpMethod.GET, uri, signed(account, "GET", uri), null, IDEMPOTENT,
                TwitterAdapter::errorText).path("data").path("public_metrics").path("followers_count");
        if (!followers.canConvertToInt() || followers.asInt() < 0) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.PERMANENT, FailureCode.UNEXPECTED_RESPONSE,
                    "no data.public_metrics.followers_count in the answer", null, null);
        }
        return new Audience(followers.asInt(), null);
    }

    private JsonNode me(ChannelAccount account) {
        URI uri = URI.create(settings.baseUrl() + "/2/users/me");
        return http.call(HttpMethod.GET, uri, signed(account, "GET", uri), null, IDEMPOTENT, TwitterAdapter::errorText);
    }

    private String tweetUrl(ChannelAccount account, String id) {
        String handle = account.handle() == null ? "i" : account.handle().strip().replaceFirst("^@", "");
        return settings.webUrl() + "/" + (handle.isEmpty() ? "i" : handle) + "/status/" + id;
    }

    /** OAuth 1.0a (HMAC-SHA1) signed by twitter4j; the query string is part of the signature, the JSON body is not. */
    private static java.util.function.Consumer<HttpHeaders> signed(ChannelAccount account, String method, URI uri) {
        PlainHttpGuard.check(account, uri);
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
