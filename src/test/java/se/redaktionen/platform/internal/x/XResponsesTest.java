package se.redaktionen.platform.internal.x;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.InboundKind;
import se.redaktionen.platform.InboundPage;
import se.redaktionen.platform.InboundResponse;
import se.redaktionen.platform.Outgoing;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.Published;
import se.redaktionen.platform.internal.PlatformProperties;
import se.redaktionen.platform.internal.StubPlatforms;

/**
 * Replies, mentions and hidden replies on X's API v2, against a stub that answers in X's own shapes
 * and checks every request's OAuth 1.0a signature independently of twitter4j.
 */
class XResponsesTest {

    @RegisterExtension
    static final WireMockExtension x = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private static final String CONSUMER_KEY = "xvz1evFS4wEEPTGEFPHBog";
    private static final String CONSUMER_SECRET = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw";
    private static final String ACCESS_TOKEN = "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb";
    private static final String ACCESS_TOKEN_SECRET = "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE";
    private static final String OUR_ID = "2244994945";
    private static final String ME = "{\"data\":{\"id\":\"" + OUR_ID + "\",\"name\":\"Bibliotek\","
            + "\"username\":\"botkyrkabibl\"}}";
    private static final String MENTIONS = "/2/users/" + OUR_ID + "/mentions";

    private final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);

    private final ChannelAccount account = new ChannelAccount(7, "Botkyrka bibliotek på X", ChannelKind.TWITTER,
            "@botkyrkabibl", true, Map.of("consumerKey", CONSUMER_KEY, "consumerSecret", CONSUMER_SECRET,
                    "accessToken", ACCESS_TOKEN, "accessTokenSecret", ACCESS_TOKEN_SECRET));

    @Test
    void aReplyIsATweetInReplyToTheAnsweredTweetSignedLikeAnyTweet() {
        x.stubFor(post("/2/tweets").willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"data\":{\"id\":\"1860000000000000009\",\"text\":\"@lisa Från tre år. /Samir\","
                        + "\"edit_history_tweet_ids\":[\"1860000000000000009\"]}}")));

        Published published = publisher().publish(account, reply("Från tre år. /Samir", "1860000000000000004",
                "1860000000000000001"));

        x.verify(postRequestedFor(urlEqualTo("/2/tweets")).withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"text":"Från tre år. /Samir","reply":{"in_reply_to_tweet_id":"1860000000000000004"}}""")));
        LoggedRequest request = x.findAll(postRequestedFor(urlEqualTo("/2/tweets"))).get(0);
        assertThat(signed(request, "POST")).isTrue();
        assertThat(published).isEqualTo(new Published("1860000000000000009",
                "https://x.com/botkyrkabibl/status/1860000000000000009"));
    }

    @Test
    void anUncertainReplyIsFoundByItsTextWithoutXsMentionsAndByTheTweetItAnswers() {
        Outgoing reply = reply("Från tre år. /Samir", "1860000000000000004", "1860000000000000001");
        x.stubFor(get("/2/users/me").willReturn(okJson(ME)));
        x.stubFor(get(urlPathEqualTo("/2/users/" + OUR_ID + "/tweets")).willReturn(okJson("""
                {"data":[
                  {"id":"1860000000000000011","text":"@omar Från tre år. /Samir",
                   "referenced_tweets":[{"type":"replied_to","id":"1860000000000000007"}],
                   "edit_history_tweet_ids":["1860000000000000011"]},
                  {"id":"1860000000000000009","text":"@lisa Från tre år. /Samir","in_reply_to_user_id":"9",
                   "referenced_tweets":[{"type":"replied_to","id":"1860000000000000004"}],
                   "edit_history_tweet_ids":["1860000000000000009"]}],
                 "meta":{"result_count":2,"newest_id":"1860000000000000011","oldest_id":"1860000000000000009"}}""")));

        assertThat(publisher().find(account, reply)).contains(new Published("1860000000000000009",
                "https://x.com/botkyrkabibl/status/1860000000000000009"));
        LoggedRequest timeline = x.findAll(getRequestedFor(urlPathEqualTo("/2/users/" + OUR_ID + "/tweets"))).get(0);
        assertThat(timeline.queryParameter("tweet.fields").firstValue()).contains("referenced_tweets");
        assertThat(signed(timeline, "GET")).isTrue();
    }

    @Test
    void anUncertainReplyWithoutReferencesIsFoundByTextAloneAndNotWhenTheTextDiffers() {
        x.stubFor(get("/2/users/me").willReturn(okJson(ME)));
        x.stubFor(get(urlPathEqualTo("/2/users/" + OUR_ID + "/tweets")).willReturn(okJson("""
                {"data":[{"id":"1860000000000000009","text":"@lisa Från tre år. /Samir"}],
                 "meta":{"result_count":1}}""")));

        assertThat(publisher().find(account, reply("Från tre år. /Samir", "1860000000000000004", null)))
                .map(Published::platformId).contains("1860000000000000009");
        assertThat(publisher().find(account, reply("Från fyra år. /Samir", "1860000000000000004", null))).isEmpty();
    }

    @Test
    void mentionsAreReadPageByPageOldestFirstAndAFailureMidwayResumesAtThePageThatFailed() {
        Instant now = clock.instant();
        x.stubFor(get("/2/users/me").willReturn(okJson(ME)));
        x.stubFor(get(urlPathEqualTo(MENTIONS)).withQueryParam("since_id", absent())
                .withQueryParam("pagination_token", absent()).willReturn(okJson("""
                {"data":[
                  {"id":"1604","text":"@botkyrkabibl Hur gamla ska barnen vara?","author_id":"9",
                   "conversation_id":"1500","in_reply_to_user_id":"%1$s","created_at":"%2$s",
                   "referenced_tweets":[{"type":"replied_to","id":"1500"}],"edit_history_tweet_ids":["1604"]},
                  {"id":"1603","text":"@lisa Från tre år.","author_id":"%1$s","conversation_id":"1500",
                   "created_at":"%3$s","referenced_tweets":[{"type":"replied_to","id":"1601"}],
                   "edit_history_tweet_ids":["1603"]}],
                 "includes":{"users":[{"id":"9","name":"Lisa L","username":"lisa"},
                                      {"id":"%1$s","name":"Bibliotek","username":"botkyrkabibl"}]},
                 "meta":{"result_count":2,"newest_id":"1604","oldest_id":"1603","next_token":"7140dibdnow9c7btw3w"}}"""
                .formatted(OUR_ID, iso(now.minusSeconds(60)), iso(now.minusSeconds(120))))));
        x.stubFor(get(urlPathEqualTo(MENTIONS)).withQueryParam("pagination_token", equalTo("7140dibdnow9c7btw3w"))
                .inScenario("page two").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(problem(503, "{\"title\":\"Service Unavailable\",\"status\":503}"))
                .willSetStateTo("up again"));
        x.stubFor(get(urlPathEqualTo(MENTIONS)).withQueryParam("pagination_token", equalTo("7140dibdnow9c7btw3w"))
                .inScenario("page two").whenScenarioStateIs("up again").willReturn(okJson("""
                {"data":[
                  {"id":"1602","text":"Bra jobbat @botkyrkabibl! https://t.co/abc","author_id":"8",
                   "conversation_id":"1602","created_at":"%1$s",
                   "referenced_tweets":[{"type":"quoted","id":"1500"}],"edit_history_tweet_ids":["1602"]},
                  {"id":"1601","text":"@botkyrkabibl Finns det plats kvar?","author_id":"7","conversation_id":"1500",
                   "created_at":"%2$s","referenced_tweets":[{"type":"replied_to","id":"1500"}],
                   "edit_history_tweet_ids":["1601"]}],
                 "includes":{"users":[{"id":"8","name":"Kim","username":"kim_k"},
                                      {"id":"7","name":"Omar","username":"omar"}]},
                 "meta":{"result_count":2,"newest_id":"1602","oldest_id":"1601"}}"""
                .formatted(iso(now.minusSeconds(180)), iso(now.minusSeconds(240))))));
        x.stubFor(get(urlPathEqualTo(MENTIONS)).withQueryParam("since_id", equalTo("1604"))
                .willReturn(okJson("{\"meta\":{\"result_count\":0}}")));
        XMentions reader = reader();

        InboundPage first = reader.fetchResponses(account, null);
        PlatformFailure failure = failureOf(() -> reader.fetchResponses(account, first.nextCursor()));
        InboundPage second = reader.fetchResponses(account, first.nextCursor());
        InboundPage third = reader.fetchResponses(account, second.nextCursor());

        assertThat(first.responses()).containsExactly(new InboundResponse("1604", InboundKind.REPLY, "1500", "1500",
                "Lisa L", "@lisa", "@botkyrkabibl Hur gamla ska barnen vara?", now.minusSeconds(60)));
        assertThat(first.more()).isTrue();
        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.code()).isEqualTo(FailureCode.PLATFORM_UNAVAILABLE);
        assertThat(second.responses()).containsExactly(
                new InboundResponse("1601", InboundKind.REPLY, "1500", "1500", "Omar", "@omar",
                        "@botkyrkabibl Finns det plats kvar?", now.minusSeconds(240)),
                new InboundResponse("1602", InboundKind.MENTION, "1500", null, "Kim", "@kim_k",
                        "Bra jobbat @botkyrkabibl! https://t.co/abc", now.minusSeconds(180)));
        assertThat(second.more()).isFalse();
        assertThat(second.nextCursor()).isEqualTo("1604");
        assertThat(third.responses()).isEmpty();
        assertThat(third.nextCursor()).isEqualTo("1604");
        assertThat(third.more()).isFalse();

        List<LoggedRequest> reads = x.findAll(getRequestedFor(urlPathEqualTo(MENTIONS)));
        assertThat(reads).hasSize(4).allSatisfy(read -> {
            assertThat(signed(read, "GET")).isTrue();
            assertThat(read.queryParameter("max_results").firstValue()).isEqualTo("100");
            assertThat(read.queryParameter("tweet.fields").firstValue())
                    .isEqualTo("created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets");
            assertThat(read.queryParameter("expansions").firstValue()).isEqualTo("author_id");
            assertThat(read.queryParameter("user.fields").firstValue()).isEqualTo("username,name");
        });
        assertThat(reads.get(3).queryParameter("since_id").firstValue()).isEqualTo("1604");
        assertThat(reads.get(3).queryParameter("pagination_token").isPresent()).isFalse();
    }

    @Test
    void aPaginationTokenXNoLongerTakesIsReplacedByTheOldestIdRead() {
        x.stubFor(get("/2/users/me").willReturn(okJson(ME)));
        x.stubFor(get(urlPathEqualTo(MENTIONS)).withQueryParam("pagination_token", equalTo("stale"))
                .willReturn(problem(400, """
                        {"errors":[{"parameters":{"pagination_token":["stale"]},\
                        "message":"The `pagination_token` query parameter value [stale] is not valid"}],\
                        "title":"Invalid Request","detail":"One or more parameters to your request was invalid.",\
                        "type":"https://api.twitter.com/2/problems/invalid-request"}""")));
        x.stubFor(get(urlPathEqualTo(MENTIONS)).withQueryParam("until_id", equalTo("1700"))
                .withQueryParam("since_id", equalTo("1500")).willReturn(okJson("""
                {"data":[{"id":"1650","text":"@botkyrkabibl Hej","author_id":"9","conversation_id":"1650",
                          "created_at":"2026-11-26T09:00:00.000Z"}],
                 "includes":{"users":[{"id":"9","name":"Lisa L","username":"lisa"}]},
                 "meta":{"result_count":1,"newest_id":"1650","oldest_id":"1650"}}""")));

        InboundPage page = reader().fetchResponses(account, "1500:1800:1700:stale");

        assertThat(page.responses()).extracting(InboundResponse::platformId).containsExactly("1650");
        assertThat(page.responses().get(0).kind()).isEqualTo(InboundKind.MENTION);
        assertThat(page.nextCursor()).isEqualTo("1800");
    }

    @Test
    void aFirstReadingGoesBackThirtyDaysAndNoFurther() {
        Instant now = clock.instant();
        x.stubFor(get("/2/users/me").willReturn(okJson(ME)));
        x.stubFor(get(urlPathEqualTo(MENTIONS)).willReturn(okJson("""
                {"data":[{"id":"1604","text":"@botkyrkabibl Ny","author_id":"9","created_at":"%s"},
                         {"id":"1200","text":"@botkyrkabibl Gammal","author_id":"9","created_at":"%s"}],
                 "meta":{"result_count":2,"newest_id":"1604","oldest_id":"1200","next_token":"older"}}"""
                .formatted(iso(now.minus(Duration.ofDays(2))), iso(now.minus(Duration.ofDays(31)))))));

        InboundPage page = reader().fetchResponses(account, null);

        assertThat(page.responses()).extracting(InboundResponse::platformId).containsExactly("1604");
        assertThat(page.responses().get(0).authorName()).isNull();
        assertThat(page.more()).isFalse();
        assertThat(page.nextCursor()).isEqualTo("1604");
    }

    @Test
    void aRateLimitWhileReadingIsATemporaryFailureWithTheResetTime() {
        long reset = clock.instant().plusSeconds(600).getEpochSecond();
        x.stubFor(get("/2/users/me").willReturn(okJson(ME)));
        x.stubFor(get(urlPathEqualTo(MENTIONS)).willReturn(problem(429, """
                {"title":"Too Many Requests","detail":"Too Many Requests","type":"about:blank","status":429}""")
                .withHeader("x-rate-limit-remaining", "0").withHeader("x-rate-limit-reset", Long.toString(reset))));

        PlatformFailure failure = failureOf(() -> reader().fetchResponses(account, "1604"));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.code()).isEqualTo(FailureCode.RATE_LIMITED);
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(600));
    }

    @Test
    void hidingAReplyPutsHiddenTrueSigned() {
        x.stubFor(put("/2/tweets/1604/hidden").willReturn(okJson("{\"data\":{\"hidden\":true}}")));

        moderator().moderate(account, "1604", false);

        x.verify(putRequestedFor(urlEqualTo("/2/tweets/1604/hidden"))
                .withRequestBody(equalToJson("{\"hidden\":true}")));
        assertThat(signed(x.findAll(putRequestedFor(urlEqualTo("/2/tweets/1604/hidden"))).get(0), "PUT")).isTrue();
    }

    @Test
    void removingOnXHidesTheReplyAndSaysThatRemovingIsNotPossible() {
        x.stubFor(put("/2/tweets/1604/hidden").willReturn(okJson("{\"data\":{\"hidden\":true}}")));

        PlatformFailure failure = failureOf(() -> moderator().moderate(account, "1604", true));

        x.verify(1, putRequestedFor(urlEqualTo("/2/tweets/1604/hidden")));
        assertThat(failure.code()).isEqualTo(FailureCode.NO_API);
        assertThat(failure.detail()).contains("hidden");
    }

    @Test
    void hidingATweetOutsideOurConversationsFailsWithXsReason() {
        x.stubFor(put("/2/tweets/1602/hidden").willReturn(problem(403, """
                {"detail":"You do not have permission to hide this reply.","type":"about:blank",\
                "title":"Forbidden","status":403}""")));

        PlatformFailure failure = failureOf(() -> moderator().moderate(account, "1602", false));

        assertThat(failure.code()).isEqualTo(FailureCode.PERMISSION_DENIED);
        assertThat(failure.detail()).contains("hide this reply");
    }

    @Test
    void somethingThatIsNoTweetIdIsNeverSent() {
        PlatformFailure failure = failureOf(() -> moderator().moderate(account, "../2/users/me", false));

        assertThat(failure.code()).isEqualTo(FailureCode.NOT_FOUND);
        assertThat(x.getAllServeEvents()).isEmpty();
    }

    private boolean signed(LoggedRequest request, String method) {
        return OAuth1.signatureIsValid(method, x.baseUrl(), request.getUrl(),
                request.getHeader("Authorization"), CONSUMER_SECRET, ACCESS_TOKEN_SECRET);
    }

    private XPublisher publisher() {
        return new XPublisher(client());
    }

    private XMentions reader() {
        return new XMentions(client());
    }

    private XModerator moderator() {
        return new XModerator(client());
    }

    private XClient client() {
        PlatformProperties properties = StubPlatforms.properties(x.baseUrl(), Duration.ofSeconds(2));
        return new XClient(StubPlatforms.http(properties, clock), properties, StubPlatforms.noApps());
    }

    private static Outgoing reply(String text, String inReplyTo, String replyParent) {
        Instant now = Instant.now();
        return new Outgoing("rdk-" + UUID.randomUUID(), null, text, null, now, inReplyTo, replyParent);
    }

    /** X's {@code created_at}: ISO-8601 with milliseconds. */
    private static String iso(Instant at) {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
                .withZone(ZoneOffset.UTC).format(at);
    }

    private static ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/problem+json")
                .withBody(body);
    }

    private static PlatformFailure failureOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(PlatformFailure.class);
        return (PlatformFailure) thrown;
    }
}
