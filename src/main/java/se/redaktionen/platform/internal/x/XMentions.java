package se.redaktionen.platform.internal.x;

import static se.redaktionen.platform.internal.RequestKind.IDEMPOTENT;

import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.InboundKind;
import se.redaktionen.platform.InboundPage;
import se.redaktionen.platform.InboundResponse;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.ResponseReader;
import se.redaktionen.platform.internal.HttpOutcomes;
import se.redaktionen.platform.internal.InboundText;

/** The account's mentions on X, replies to its tweets among them, read as responses. */
@Component
class XMentions extends XCapability implements ResponseReader {

    private static final String MENTION_FIELDS =
            "created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets";
    /** X's ids count milliseconds since this instant in their upper bits. */
    private static final long TWITTER_EPOCH_MILLIS = 1288834974657L;

    XMentions(XClient x) {
        super(x);
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
        String userId = x.me(account).path("data").path("id").asString("");
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
        Instant floor = at.since() == null ? x.http().clock().instant().minus(InboundText.FIRST_READING) : null;
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
        UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(x.baseUrl())
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
        return x.call(account, HttpMethod.GET, uri, null, IDEMPOTENT);
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
}
