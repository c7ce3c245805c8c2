package se.redaktionen.platform.internal.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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
import se.redaktionen.platform.internal.StubPlatforms;

/** Comments, replies and their moderation on a Facebook page, against a stub speaking the Graph API. */
class FacebookResponsesTest {

    @RegisterExtension
    static final WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private static final String PAGE_TOKEN = "EAAGm0PX4ZCpsBAPageTokenForTests";
    private static final String FEED = "/v24.0/123/feed";
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx")
            .withZone(ZoneOffset.UTC);

    private final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    private final Instant now = clock.instant();

    private final ChannelAccount account = new ChannelAccount(8, "Botkyrka bibliotek på Facebook",
            ChannelKind.FACEBOOK_PAGE, "123", true, Map.of("pageAccessToken", PAGE_TOKEN));

    @Test
    void aReplyIsACommentOnTheAnsweredCommentAsThePage() {
        graph.stubFor(post(urlPathEqualTo("/v24.0/456_801/comments")).willReturn(okJson("{\"id\":\"456_804\"}")));

        Published published = publisher().publish(account, reply("Från tre år. /Samir", "456_801", "123_456"));

        graph.verify(postRequestedFor(urlPathEqualTo("/v24.0/456_801/comments"))
                .withFormParam("message", equalTo("Från tre år. /Samir"))
                .withFormParam("access_token", equalTo(PAGE_TOKEN)));
        assertThat(published).isEqualTo(new Published("456_804", "https://www.facebook.com/456_804"));
    }

    @Test
    void aReplyToACommentThatIsGoneFailsAtOnceWithFacebooksReason() {
        graph.stubFor(post(urlPathEqualTo("/v24.0/456_801/comments")).willReturn(graphError(400, """
                {"error":{"message":"(#100) Error finding the requested story","type":"OAuthException",\
                "code":100,"fbtrace_id":"AbCdEf"}}""")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account, reply("Tack", "456_801", "123_456")));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(failure.code()).isEqualTo(FailureCode.REJECTED);
        assertThat(failure.detail()).contains("Error finding the requested story");
    }

    @Test
    void anUncertainReplyIsFoundAmongTheAnsweredCommentsRepliesWrittenByThePage() {
        graph.stubFor(get(urlPathEqualTo("/v24.0/456_801/comments")).willReturn(okJson("""
                {"data":[
                  {"id":"456_805","message":"Från tre år. /Samir","from":{"name":"Någon annan","id":"9000"},
                   "created_time":"%1$s"},
                  {"id":"456_804","message":"Från tre år. /Samir","from":{"name":"Botkyrka bibliotek","id":"123"},
                   "created_time":"%1$s",
                   "permalink_url":"https://www.facebook.com/botkyrka/posts/pfbid0x?comment_id=804"}],
                 "paging":{"cursors":{"before":"QVFIUb","after":"QVFIUa"}}}""".formatted(graphTime(now)))));

        assertThat(publisher().find(account, reply("Från tre år. /Samir", "456_801", "123_456"))).contains(
                new Published("456_804", "https://www.facebook.com/botkyrka/posts/pfbid0x?comment_id=804"));
        graph.verify(getRequestedFor(urlPathEqualTo("/v24.0/456_801/comments"))
                .withQueryParam("access_token", equalTo(PAGE_TOKEN)));
    }

    @Test
    void anUncertainReplyToAReplyIsLookedForInTheThreadWhereGraphPutsIt() {
        graph.stubFor(get(urlPathEqualTo("/v24.0/456_803/comments")).willReturn(okJson("{\"data\":[]}")));
        graph.stubFor(get(urlPathEqualTo("/v24.0/456_803")).willReturn(okJson("""
                {"id":"456_803","parent":{"id":"456_801"}}""")));
        graph.stubFor(get(urlPathEqualTo("/v24.0/456_801/comments")).willReturn(okJson("""
                {"data":[{"id":"456_806","message":"Tack själv!","from":{"name":"Botkyrka bibliotek","id":"123"},
                          "created_time":"%s"}]}""".formatted(graphTime(now)))));

        assertThat(publisher().find(account, reply("Tack själv!", "456_803", "123_456")))
                .contains(new Published("456_806", "https://www.facebook.com/456_806"));
        assertThat(publisher().find(account, reply("Något annat", "456_803", "123_456"))).isEmpty();
    }

    @Test
    void commentsAndRepliesOnThePagesPostsAreReadOldestFirstWithoutThePagesOwn() {
        graph.stubFor(get(urlPathEqualTo(FEED)).withQueryParam("after", absent()).willReturn(okJson("""
                {"data":[
                  {"id":"123_456","created_time":"%1$s","comments":{"data":[
                     {"id":"456_803","message":"Och för vuxna?","from":{"name":"Omar H","id":"9001"},
                      "created_time":"%4$s","parent":{"id":"456_801"}},
                     {"id":"456_802","message":"Från tre år. /Samir","from":{"name":"Botkyrka bibliotek","id":"123"},
                      "created_time":"%3$s","parent":{"id":"456_801"}},
                     {"id":"456_801","message":"Hur gamla ska barnen vara?","from":{"name":"Lisa L","id":"9000"},
                      "created_time":"%2$s"}],
                   "paging":{"cursors":{"before":"QVFIUb1","after":"QVFIUa1"},
                             "next":"https://graph.facebook.com/v24.0/123_456/comments?after=QVFIUa1"}}},
                  {"id":"123_457","created_time":"%1$s"}],
                 "paging":{"cursors":{"before":"QVFIUb0","after":"QVFIUfeed2"},
                           "next":"https://graph.facebook.com/v24.0/123/feed?after=QVFIUfeed2"}}"""
                .formatted(graphTime(now.minus(Duration.ofDays(3))), graphTime(now.minusSeconds(3000)),
                        graphTime(now.minusSeconds(2000)), graphTime(now.minusSeconds(1000))))));
        graph.stubFor(get(urlPathEqualTo("/v24.0/123_456/comments")).withQueryParam("after", equalTo("QVFIUa1"))
                .willReturn(okJson("""
                {"data":[{"id":"456_800","message":"Första!","from":{"name":"Kim","id":"9002"},"created_time":"%s"}],
                 "paging":{"cursors":{"before":"QVFIUb2","after":"QVFIUa2"}}}"""
                        .formatted(graphTime(now.minusSeconds(4000))))));
        graph.stubFor(get(urlPathEqualTo(FEED)).withQueryParam("after", equalTo("QVFIUfeed2")).willReturn(okJson("""
                {"data":[{"id":"123_300","created_time":"%s","comments":{"data":[
                   {"id":"300_900","message":"Äntligen!","from":{"name":"Eva","id":"9003"},"created_time":"%s"}],
                   "paging":{"cursors":{"before":"x","after":"y"}}}}],
                 "paging":{"cursors":{"before":"QVFIUb3","after":"QVFIUa3"}}}"""
                .formatted(graphTime(now.minus(Duration.ofDays(20))), graphTime(now.minusSeconds(3500))))));

        InboundPage page = reader().fetchResponses(account, null);

        assertThat(page.responses()).containsExactly(
                new InboundResponse("456_800", InboundKind.COMMENT, "123_456", "123_456", "Kim", null, "Första!",
                        now.minusSeconds(4000)),
                new InboundResponse("300_900", InboundKind.COMMENT, "123_300", "123_300", "Eva", null, "Äntligen!",
                        now.minusSeconds(3500)),
                new InboundResponse("456_801", InboundKind.COMMENT, "123_456", "123_456", "Lisa L", null,
                        "Hur gamla ska barnen vara?", now.minusSeconds(3000)),
                new InboundResponse("456_803", InboundKind.REPLY, "456_801", "123_456", "Omar H", null,
                        "Och för vuxna?", now.minusSeconds(1000)));
        assertThat(page.more()).isFalse();
        assertThat(page.nextCursor()).isEqualTo(now.minusSeconds(1000).getEpochSecond() + ":456_803");
        LoggedRequest feed = graph.findAll(getRequestedFor(urlPathEqualTo(FEED))).get(0);
        assertThat(feed.queryParameter("access_token").firstValue()).isEqualTo(PAGE_TOKEN);
        assertThat(feed.queryParameter("fields").firstValue()).isEqualTo("id,created_time,"
                + "comments.filter(stream).order(reverse_chronological).limit(100)"
                + "{id,message,from,created_time,parent{id}}");
        assertThat(feed.queryParameter("since").firstValue())
                .isEqualTo(Long.toString(now.minus(Duration.ofDays(30)).getEpochSecond()));
        LoggedRequest more = graph.findAll(getRequestedFor(urlPathEqualTo("/v24.0/123_456/comments"))).get(0);
        assertThat(more.queryParameter("filter").firstValue()).isEqualTo("stream");
        assertThat(more.queryParameter("order").firstValue()).isEqualTo("reverse_chronological");

        // Read again from the final cursor: nothing new, and the older comment pages are not fetched again.
        int commentReads = graph.findAll(getRequestedFor(urlPathEqualTo("/v24.0/123_456/comments"))).size();
        InboundPage again = reader().fetchResponses(account, page.nextCursor());
        assertThat(again.responses()).isEmpty();
        assertThat(again.nextCursor()).isEqualTo(page.nextCursor());
        assertThat(graph.findAll(getRequestedFor(urlPathEqualTo("/v24.0/123_456/comments")))).hasSize(commentReads);
    }

    @Test
    void aFailureOnTheSecondPageResumesAfterTheFirstAndNothingComesTwice() {
        String feed = """
                {"data":[{"id":"123_456","created_time":"%1$s","comments":{"data":[
                   {"id":"456_903","message":"Tre","from":{"name":"C","id":"3"},"created_time":"%4$s"},
                   {"id":"456_902","message":"Två","from":{"name":"B","id":"2"},"created_time":"%3$s"},
                   {"id":"456_901","message":"Ett","from":{"name":"A","id":"1"},"created_time":"%2$s"}],
                   "paging":{"cursors":{"before":"b","after":"a"}}}}],
                 "paging":{"cursors":{"before":"b0","after":"a0"}}}""".formatted(graphTime(now.minusSeconds(900)),
                graphTime(now.minusSeconds(300)), graphTime(now.minusSeconds(200)), graphTime(now.minusSeconds(100)));
        graph.stubFor(get(urlPathEqualTo(FEED)).inScenario("feed").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(okJson(feed)).willSetStateTo("failing"));
        graph.stubFor(get(urlPathEqualTo(FEED)).inScenario("feed").whenScenarioStateIs("failing")
                .willReturn(graphError(503, """
                        {"error":{"message":"Service temporarily unavailable","type":"FacebookApiException",\
                        "code":2,"is_transient":true,"fbtrace_id":"AbCdEf"}}""")).willSetStateTo("up"));
        graph.stubFor(get(urlPathEqualTo(FEED)).inScenario("feed").whenScenarioStateIs("up")
                .willReturn(okJson(feed)));
        FacebookComments reader = reader();
        reader.pageSize = 2;

        InboundPage first = reader.fetchResponses(account, null);
        PlatformFailure failure = failureOf(() -> reader.fetchResponses(account, first.nextCursor()));
        InboundPage second = reader.fetchResponses(account, first.nextCursor());
        InboundPage third = reader.fetchResponses(account, second.nextCursor());

        assertThat(first.responses()).extracting(InboundResponse::text).containsExactly("Ett", "Två");
        assertThat(first.more()).isTrue();
        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.code()).isEqualTo(FailureCode.PLATFORM_UNAVAILABLE);
        assertThat(second.responses()).extracting(InboundResponse::text).containsExactly("Tre");
        assertThat(second.more()).isFalse();
        assertThat(third.responses()).isEmpty();
        assertThat(third.nextCursor()).isEqualTo(second.nextCursor());
    }

    @Test
    void commentsOfTheSameSecondAreNeitherLostNorRepeatedWhenAPageEndsAmongThem() {
        String second = graphTime(now.minusSeconds(60));
        graph.stubFor(get(urlPathEqualTo(FEED)).willReturn(okJson("""
                {"data":[{"id":"123_456","created_time":"%1$s","comments":{"data":[
                   {"id":"456_913","message":"C","from":{"name":"C","id":"3"},"created_time":"%2$s"},
                   {"id":"456_912","message":"B","from":{"name":"B","id":"2"},"created_time":"%2$s"},
                   {"id":"456_911","message":"A","from":{"name":"A","id":"1"},"created_time":"%2$s"}]}}]}"""
                .formatted(graphTime(now.minusSeconds(900)), second))));
        FacebookComments reader = reader();
        reader.pageSize = 2;

        InboundPage first = reader.fetchResponses(account, null);
        InboundPage rest = reader.fetchResponses(account, first.nextCursor());
        InboundPage none = reader.fetchResponses(account, rest.nextCursor());

        long at = now.minusSeconds(60).getEpochSecond();
        assertThat(first.responses()).extracting(InboundResponse::platformId).containsExactly("456_911", "456_912");
        assertThat(first.nextCursor()).isEqualTo(at + ":456_911,456_912");
        assertThat(rest.responses()).extracting(InboundResponse::platformId).containsExactly("456_913");
        assertThat(rest.nextCursor()).isEqualTo(at + ":456_911,456_912,456_913");
        assertThat(none.responses()).isEmpty();
    }

    @Test
    void aCommentThatBecomesReadableBehindTheCursorComesAgainOnTheLastPage() {
        Instant read = now.minusSeconds(300);
        graph.stubFor(get(urlPathEqualTo(FEED)).willReturn(okJson("""
                {"data":[{"id":"123_456","created_time":"%1$s","comments":{"data":[
                   {"id":"456_905","message":"Ny","from":{"name":"E","id":"5"},"created_time":"%2$s"},
                   {"id":"456_904","message":"Läst","from":{"name":"D","id":"4"},"created_time":"%3$s"},
                   {"id":"456_903","message":"Släppt igenom","from":{"name":"C","id":"3"},"created_time":"%4$s"}]}}]}"""
                .formatted(graphTime(now.minus(Duration.ofDays(1))), graphTime(now.minusSeconds(100)),
                        graphTime(read), graphTime(now.minus(Duration.ofHours(5)))))));

        InboundPage page = reader().fetchResponses(account, read.getEpochSecond() + ":456_904");

        assertThat(page.responses()).extracting(InboundResponse::platformId).containsExactly("456_905");
        assertThat(page.late()).extracting(InboundResponse::platformId).containsExactly("456_904", "456_903");
        assertThat(page.late().get(1).at()).isEqualTo(now.minus(Duration.ofHours(5)));
    }

    @Test
    void aRateLimitWhileReadingIsATemporaryFailure() {
        graph.stubFor(get(urlPathEqualTo(FEED)).willReturn(graphError(403, """
                {"error":{"message":"(#32) Page request limit reached","type":"OAuthException","code":32,\
                "fbtrace_id":"AbCdEf"}}""")));

        PlatformFailure failure = failureOf(() -> reader().fetchResponses(account, null));

        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.code()).isEqualTo(FailureCode.RATE_LIMITED);
    }

    @Test
    void aPageKnownByItsNameAsksOnceForItsIdToKnowItsOwnComments() {
        ChannelAccount byName = new ChannelAccount(8, "Botkyrka bibliotek på Facebook", ChannelKind.FACEBOOK_PAGE,
                "botkyrkabibliotek", true, Map.of("pageAccessToken", PAGE_TOKEN));
        graph.stubFor(get(urlPathEqualTo("/v24.0/botkyrkabibliotek")).willReturn(okJson("{\"id\":\"123\"}")));
        graph.stubFor(get(urlPathEqualTo("/v24.0/botkyrkabibliotek/feed")).willReturn(okJson("""
                {"data":[{"id":"123_456","created_time":"%1$s","comments":{"data":[
                   {"id":"456_802","message":"Vårt svar","from":{"name":"Botkyrka bibliotek","id":"123"},
                    "created_time":"%2$s"},
                   {"id":"456_801","message":"En fråga","from":{"name":"Lisa","id":"9000"},
                    "created_time":"%2$s"}]}}]}"""
                .formatted(graphTime(now.minusSeconds(900)), graphTime(now.minusSeconds(60))))));

        InboundPage page = reader().fetchResponses(byName, null);

        assertThat(page.responses()).extracting(InboundResponse::platformId).containsExactly("456_801");
        graph.verify(1, getRequestedFor(urlPathEqualTo("/v24.0/botkyrkabibliotek")));
    }

    @Test
    void hidingACommentSetsIsHiddenWithThePageToken() {
        graph.stubFor(post(urlPathEqualTo("/v24.0/456_801")).willReturn(okJson("{\"success\":true}")));

        moderator().moderate(account, "456_801", false);

        graph.verify(postRequestedFor(urlPathEqualTo("/v24.0/456_801"))
                .withFormParam("is_hidden", equalTo("true"))
                .withFormParam("access_token", equalTo(PAGE_TOKEN)));
    }

    @Test
    void removingACommentDeletesIt() {
        graph.stubFor(delete(urlPathEqualTo("/v24.0/456_801")).willReturn(okJson("{\"success\":true}")));

        moderator().moderate(account, "456_801", true);

        graph.verify(1, deleteRequestedFor(urlPathEqualTo("/v24.0/456_801")));
        LoggedRequest request = graph.findAll(deleteRequestedFor(urlPathEqualTo("/v24.0/456_801"))).get(0);
        assertThat(request.queryParameter("access_token").firstValue()).isEqualTo(PAGE_TOKEN);
    }

    @Test
    void removingSomethingThePageMayNotRemoveFailsWithFacebooksReason() {
        graph.stubFor(delete(urlPathEqualTo("/v24.0/456_801")).willReturn(graphError(403, """
                {"error":{"message":"(#200) Permissions error","type":"OAuthException","code":200,\
                "fbtrace_id":"AbCdEf"}}""")));

        PlatformFailure failure = failureOf(() -> moderator().moderate(account, "456_801", true));

        assertThat(failure.code()).isEqualTo(FailureCode.PERMISSION_DENIED);
        assertThat(failure.detail()).contains("Permissions error");
    }

    private FacebookPublisher publisher() {
        return new FacebookPublisher(facebook());
    }

    private FacebookComments reader() {
        return new FacebookComments(facebook());
    }

    private FacebookModerator moderator() {
        return new FacebookModerator(facebook());
    }

    private FacebookGraph facebook() {
        return FacebookCapabilities.graph(StubPlatforms.properties(graph.baseUrl(), Duration.ofSeconds(2)), clock);
    }

    private static String graphTime(Instant at) {
        return GRAPH_TIME.format(at);
    }

    private static Outgoing reply(String text, String inReplyTo, String replyParent) {
        Instant created = Instant.now();
        return new Outgoing("rdk-" + UUID.randomUUID(), null, text, null, created, inReplyTo, replyParent);
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
}
