package se.redaktionen.platform.internal.x;

import static se.redaktionen.platform.internal.RequestKind.CREATING;
import static se.redaktionen.platform.internal.RequestKind.IDEMPOTENT;

import java.net.URI;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.Outgoing;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.Published;
import se.redaktionen.platform.Publisher;
import se.redaktionen.platform.internal.HttpOutcomes;
import se.redaktionen.platform.internal.SameText;

/** Tweets and replies: {@code POST /2/tweets}; reconciled from {@code GET /2/users/:id/tweets}. */
@Component
class XPublisher extends XCapability implements Publisher {

    /** The mentions X adds in front of a reply's text. */
    private static final Pattern LEADING_MENTIONS = Pattern.compile("^(@\\w{1,15}\\s+)+");

    XPublisher(XClient x) {
        super(x);
    }

    @Override
    public Published publish(ChannelAccount account, Outgoing publication) {
        URI uri = URI.create(x.baseUrl() + "/2/tweets");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", publication.text());
        if (publication.isReply()) {
            // A reply is a tweet in the answered tweet's conversation.
            body.put("reply", Map.of("in_reply_to_tweet_id", XClient.tweetId(publication.inReplyTo())));
        }
        JsonNode created;
        try {
            created = x.call(account, HttpMethod.POST, uri, body, CREATING);
        } catch (PlatformFailure failure) {
            if (Integer.valueOf(403).equals(failure.httpStatus()) && failure.detail() != null
                    && failure.detail().toLowerCase(Locale.ROOT).contains("duplicate")) {
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
        return new Published(id, x.tweetUrl(account, id));
    }

    /**
     * The account's own tweets since shortly before the publication was made, compared by text. A reply
     * must also answer the right tweet where X says which ({@code referenced_tweets}), and its text is
     * compared without the mentions X puts in front of it.
     */
    @Override
    public Optional<Published> find(ChannelAccount account, Outgoing publication) {
        String userId = x.me(account).path("data").path("id").asString("");
        UriComponentsBuilder builder = UriComponentsBuilder.fromUriString(x.baseUrl())
                .path("/2/users/{id}/tweets")
                .queryParam("max_results", 100)
                .queryParam("start_time", publication.createdAt().minus(1, ChronoUnit.MINUTES)
                        .truncatedTo(ChronoUnit.SECONDS).toString());
        if (publication.isReply()) {
            builder.queryParam("tweet.fields", "referenced_tweets,in_reply_to_user_id,conversation_id");
        }
        URI uri = builder.buildAndExpand(userId).encode().toUri();
        JsonNode timeline = x.call(account, HttpMethod.GET, uri, null, IDEMPOTENT);
        String wanted = SameText.normalise(publication.text());
        for (JsonNode tweet : timeline.path("data")) {
            String text = tweet.path("text").asString("");
            boolean sameText = SameText.normalise(text).equals(wanted) || (publication.isReply()
                    && SameText.normalise(LEADING_MENTIONS.matcher(text).replaceFirst("")).equals(wanted));
            if (sameText && (!publication.isReply() || answers(tweet, publication.inReplyTo()))) {
                String id = tweet.path("id").asString();
                return Optional.of(new Published(id, x.tweetUrl(account, id)));
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
}
