package se.redaktionen.platform.internal.wordpress;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
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
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.json.JsonMapper;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.InboundKind;
import se.redaktionen.platform.InboundPage;
import se.redaktionen.platform.InboundResponse;
import se.redaktionen.platform.Outgoing;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.Published;
import se.redaktionen.platform.internal.PlatformHttp;
import se.redaktionen.platform.internal.PlatformProperties;
import se.redaktionen.platform.internal.StubPlatforms;

/**
 * Comments on a WordPress blog, self-hosted or on WordPress.com: read, answered and moderated through the
 * REST API, every case for both.
 */
@ParameterizedClass
@EnumSource(BlogHosting.class)
class WordPressResponsesTest {

    @RegisterExtension
    static final WireMockExtension blog = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private static final DateTimeFormatter WP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private final BlogHosting hosting;
    private final String comments;
    private final String me;
    private final String authorization;

    private final Clock clock = Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
    private final Instant now = clock.instant();
    private final JsonMapper json = JsonMapper.builder().build();

    WordPressResponsesTest(BlogHosting hosting) {
        this.hosting = hosting;
        this.comments = hosting.route("/comments");
        this.me = hosting.route("/users/me");
        this.authorization = hosting.authorization;
    }

    /** Unless a test says otherwise, nothing behind the cursor was approved late. */
    @BeforeEach
    void nothingApprovedLate() {
        blog.stubFor(get(urlPathEqualTo(comments)).withQueryParam("before", matching(".+")).atPriority(9)
                .willReturn(page(0, 0)));
    }

    @Test
    void aReplyIsACommentUnderThePostWithTheAnsweredCommentAsParentAsTheSignedInUser() {
        blog.stubFor(get(comments + "/77").willReturn(okJson(comment(77, 42, 0, 0, "Lisa", now, "Hur gamla?"))));
        blog.stubFor(post(comments).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(comment(501, 42, 77, 1, "Redaktionen", now, "Från tre år.",
                        "https://blogg.example/2026/11/26/rubrik/#comment-501"))));

        Published published = publisher().publish(account(), reply("Från tre år & uppåt.\n\n/Samir, Fittja", "77",
                "42"));

        blog.verify(postRequestedFor(urlPathEqualTo(comments))
                .withHeader("Authorization", equalTo(authorization))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson(json.writeValueAsString(Map.of("post", 42, "parent", 77,
                        "content", "<p>Från tre år &amp; uppåt.</p>\n<p>/Samir, Fittja</p>")))));
        blog.verify(getRequestedFor(urlPathEqualTo(comments + "/77")).withHeader("Authorization", equalTo(authorization)));
        assertThat(published).isEqualTo(new Published("501",
                "https://blogg.example/2026/11/26/rubrik/#comment-501"));
    }

    @Test
    void aReplyToOneOfOurOwnRepliesGoesUnderThePostThatReplySitsUnder() {
        // The answered response replied to our comment 501, whose id the outbox has as the reply's parent.
        blog.stubFor(get(comments + "/88").willReturn(okJson(comment(88, 42, 501, 0, "Lisa", now, "Tack!"))));
        blog.stubFor(post(comments).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody(comment(502, 42, 88, 1, "R", now, "Varsågod"))));

        publisher().publish(account(), reply("Varsågod", "88", "501"));

        blog.verify(postRequestedFor(urlPathEqualTo(comments)).withRequestBody(equalToJson(
                "{\"post\":42,\"parent\":88,\"content\":\"<p>Varsågod</p>\"}")));
    }

    @Test
    void commentingTooQuicklyIsRetriedAndADuplicateFailsAtOnce() {
        blog.stubFor(get(comments + "/77").willReturn(okJson(comment(77, 42, 0, 0, "Lisa", now, "Hur gamla?"))));
        blog.stubFor(post(comments).inScenario("comments").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(wpError(400, """
                        {"code":"comment_flood","message":"You are posting comments too quickly. Slow down.",\
                        "data":{"status":400}}""")).willSetStateTo("duplicate"));
        blog.stubFor(post(comments).inScenario("comments").whenScenarioStateIs("duplicate")
                .willReturn(wpError(409, """
                        {"code":"comment_duplicate","message":"Duplicate comment detected; it looks as though \
                        you&#8217;ve already said that!","data":{"status":409}}""")));

        PlatformFailure flood = failureOf(() -> publisher().publish(account(), reply("Tack", "77", "42")));
        PlatformFailure duplicate = failureOf(() -> publisher().publish(account(), reply("Tack", "77", "42")));

        assertThat(flood.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(flood.code()).isEqualTo(FailureCode.RATE_LIMITED);
        assertThat(duplicate.kind()).isEqualTo(PlatformFailure.Kind.PERMANENT);
        assertThat(duplicate.code()).isEqualTo(FailureCode.DUPLICATE);
        assertThat(duplicate.detail()).contains("you’ve already said that");
    }

    @Test
    void aReplyToACommentThatIsGoneFailsAtOnceWithoutPosting() {
        blog.stubFor(get(comments + "/77").willReturn(wpError(404, """
                {"code":"rest_comment_invalid_id","message":"Invalid comment ID.","data":{"status":404}}""")));

        PlatformFailure failure = failureOf(() -> publisher().publish(account(), reply("Tack", "77", "42")));

        assertThat(failure.code()).isEqualTo(FailureCode.NOT_FOUND);
        assertThat(failure.detail()).contains("Invalid comment ID.");
        blog.verify(0, postRequestedFor(urlPathEqualTo(comments)));
    }

    @Test
    void anUncertainReplyIsFoundAmongTheAnsweredCommentsChildrenByItsTextWithoutHtml() {
        blog.stubFor(get(urlPathEqualTo(comments)).willReturn(okJson("[" + String.join(",",
                comment(503, 42, 77, 5, "Någon", now, "Något annat"),
                comment(501, 42, 77, 1, "Redaktionen", now, "<p>Från tre år &amp; uppåt.</p>\n<p>/Samir</p>"))
                + "]")));

        assertThat(publisher().find(account(), reply("Från tre år & uppåt.\n\n/Samir", "77", "42")))
                .contains(new Published("501", "https://blogg.example/rubrik/#comment-501"));
        LoggedRequest request = blog.findAll(getRequestedFor(urlPathEqualTo(comments))).get(0);
        assertThat(request.queryParameter("parent").firstValue()).isEqualTo("77");
        assertThat(request.queryParameter("context").firstValue()).isEqualTo("edit");
        assertThat(request.getHeader("Authorization")).isEqualTo(authorization);
        assertThat(publisher().find(account(), reply("Från fyra år.", "77", "42"))).isEmpty();
    }

    @Test
    void approvedCommentsAreReadOldestFirstAsCommentsAndRepliesWithoutOurOwn() {
        blog.stubFor(get(me).willReturn(okJson("{\"id\":1,\"name\":\"Redaktionen\",\"slug\":\"redaktionen\"}")));
        blog.stubFor(get(urlPathEqualTo(comments)).willReturn(page(1, 1,
                comment(77, 42, 0, 0, "Lisa", now.minusSeconds(300), "<p>Hur gamla ska barnen vara?</p>"),
                comment(501, 42, 77, 1, "Redaktionen", now.minusSeconds(200), "<p>Från tre år.</p>"),
                comment(78, 42, 77, 0, "Omar", now.minusSeconds(100), "Och vuxna?<br />\nFinns det plats?"))));

        InboundPage page = reader().fetchResponses(account(), null);

        assertThat(page.responses()).containsExactly(
                new InboundResponse("77", InboundKind.COMMENT, "42", "42", "Lisa", null, "Hur gamla ska barnen vara?",
                        now.minusSeconds(300)),
                new InboundResponse("78", InboundKind.REPLY, "77", "42", "Omar", null, "Och vuxna?\nFinns det plats?",
                        now.minusSeconds(100)));
        assertThat(page.more()).isFalse();
        assertThat(page.nextCursor()).isEqualTo(now.minusSeconds(100).getEpochSecond() + ":78");
        LoggedRequest request = blog.findAll(getRequestedFor(urlPathEqualTo(comments))).get(0);
        assertThat(request.getHeader("Authorization")).isEqualTo(authorization);
        assertThat(Map.of("after", param(request, "after"), "orderby", param(request, "orderby"),
                "order", param(request, "order"), "per_page", param(request, "per_page"),
                "page", param(request, "page"), "context", param(request, "context"),
                "status", param(request, "status"))).isEqualTo(Map.of(
                "after", now.minus(Duration.ofDays(30)).toString(), "orderby", "date_gmt", "order", "asc",
                "per_page", "100", "page", "1", "context", "edit", "status", "approve"));
    }

    @Test
    void aFailureOnTheSecondPageResumesAfterTheFirstAndNothingComesTwice() {
        Instant t1 = now.minusSeconds(4000);
        Instant t2 = now.minusSeconds(3000);
        Instant t3 = now.minusSeconds(2000);
        Instant t4 = now.minusSeconds(1000);
        String firstAfter = now.minus(Duration.ofDays(30)).toString();
        String laterAfter = t2.minus(Duration.ofHours(2)).toString();
        blog.stubFor(get(me).willReturn(okJson("{\"id\":1,\"name\":\"Redaktionen\"}")));
        blog.stubFor(get(urlPathEqualTo(comments)).withQueryParam("after", equalTo(firstAfter))
                .withQueryParam("page", equalTo("1")).willReturn(page(4, 2,
                        comment(71, 42, 0, 0, "A", t1, "Ett"), comment(72, 42, 0, 0, "B", t2, "Två"))));
        // After the cursor has moved, the blog answers from just before it: page one again holds what was read.
        blog.stubFor(get(urlPathEqualTo(comments)).withQueryParam("after", equalTo(laterAfter))
                .inScenario("blog").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(wpError(503, "<html><body>Service Unavailable</body></html>")).willSetStateTo("up"));
        blog.stubFor(get(urlPathEqualTo(comments)).withQueryParam("after", equalTo(laterAfter))
                .inScenario("blog").whenScenarioStateIs("up").willReturn(page(3, 1,
                        comment(72, 42, 0, 0, "B", t2, "Två"), comment(73, 42, 0, 0, "C", t3, "Tre"),
                        comment(74, 43, 0, 0, "D", t4, "Fyra"))));
        blog.stubFor(get(urlPathEqualTo(comments)).withQueryParam("after", equalTo(t4.minus(Duration.ofHours(2))
                .toString())).willReturn(page(1, 1, comment(74, 43, 0, 0, "D", t4, "Fyra"))));
        WordPressCommentReader reader = reader();

        InboundPage first = reader.fetchResponses(account(), null);
        PlatformFailure failure = failureOf(() -> reader.fetchResponses(account(), first.nextCursor()));
        InboundPage second = reader.fetchResponses(account(), first.nextCursor());
        InboundPage third = reader.fetchResponses(account(), second.nextCursor());

        assertThat(first.responses()).extracting(InboundResponse::text).containsExactly("Ett", "Två");
        assertThat(first.more()).isTrue();
        assertThat(first.nextCursor()).isEqualTo(t2.getEpochSecond() + ":72");
        assertThat(failure.kind()).isEqualTo(PlatformFailure.Kind.RETRY);
        assertThat(failure.code()).isEqualTo(FailureCode.PLATFORM_UNAVAILABLE);
        assertThat(second.responses()).extracting(InboundResponse::text).containsExactly("Tre", "Fyra");
        assertThat(second.responses().get(1).inReplyTo()).isEqualTo("43");
        assertThat(second.more()).isFalse();
        assertThat(third.responses()).isEmpty();
        assertThat(third.nextCursor()).isEqualTo(second.nextCursor());
    }

    @Test
    void pagesHoldingOnlyWhatWasReadOrOurOwnAreWalkedPast() {
        Instant t = now.minusSeconds(600);
        String after = t.minusSeconds(60).minus(Duration.ofHours(2)).toString();
        blog.stubFor(get(me).willReturn(okJson("{\"id\":1,\"name\":\"Redaktionen\"}")));
        blog.stubFor(get(urlPathEqualTo(comments)).withQueryParam("after", equalTo(after))
                .withQueryParam("page", equalTo("1")).willReturn(page(3, 2,
                        comment(80, 42, 0, 0, "A", t.minusSeconds(60), "Läst"),
                        comment(81, 42, 80, 1, "Redaktionen", t, "Vårt svar"))));
        blog.stubFor(get(urlPathEqualTo(comments)).withQueryParam("after", equalTo(after))
                .withQueryParam("page", equalTo("2")).willReturn(page(3, 2,
                        comment(82, 42, 81, 0, "A", t.plusSeconds(60), "Tack för svaret"))));

        InboundPage page = reader().fetchResponses(account(), t.minusSeconds(60).getEpochSecond() + ":80");

        assertThat(page.responses()).singleElement().satisfies(r -> {
            assertThat(r.platformId()).isEqualTo("82");
            assertThat(r.kind()).isEqualTo(InboundKind.REPLY);
            assertThat(r.inReplyTo()).isEqualTo("81");
            assertThat(r.parentPlatformId()).isEqualTo("42");
        });
        assertThat(page.more()).isFalse();
    }

    @Test
    void aCommentApprovedAfterNewerOnesWereReadComesBehindTheCursorOnTheLastPage() {
        Instant held = now.minus(Duration.ofHours(5));
        Instant read = now.minus(Duration.ofHours(1));
        String cursor = read.getEpochSecond() + ":81";
        blog.stubFor(get(me).willReturn(okJson("{\"id\":1,\"name\":\"Redaktionen\"}")));
        blog.stubFor(get(urlPathEqualTo(comments)).withQueryParam("order", equalTo("asc"))
                .willReturn(page(1, 1, comment(81, 42, 0, 0, "Omar", read, "Läst"))));
        // The first-time commenter's comment, held since it was written, is approved now.
        blog.stubFor(get(urlPathEqualTo(comments)).withQueryParam("order", equalTo("desc")).willReturn(page(3, 1,
                comment(81, 42, 0, 0, "Omar", read, "Läst"),
                comment(501, 42, 81, 1, "Redaktionen", held.plusSeconds(60), "Vårt svar"),
                comment(79, 42, 0, 0, "Ny läsare", held, "Min första kommentar"))));

        InboundPage page = reader().fetchResponses(account(), cursor);

        assertThat(page.responses()).isEmpty();
        assertThat(page.nextCursor()).isEqualTo(cursor);
        assertThat(page.late()).extracting(InboundResponse::platformId).containsExactly("81", "79");
        assertThat(page.late().get(1).at()).isEqualTo(held);
        LoggedRequest again = blog.findAll(getRequestedFor(urlPathEqualTo(comments))
                .withQueryParam("order", equalTo("desc"))).get(0);
        assertThat(Map.of("after", param(again, "after"), "before", param(again, "before"),
                "orderby", param(again, "orderby"), "status", param(again, "status"),
                "context", param(again, "context"))).isEqualTo(Map.of(
                "after", now.minus(Duration.ofDays(30)).toString(), "before", read.plus(Duration.ofHours(2))
                        .toString(), "orderby", "date_gmt", "status", "approve", "context", "edit"));
    }

    @Test
    void aUserWhoMayNotModerateCommentsGetsTheReasonInWords() {
        blog.stubFor(get(me).willReturn(okJson("{\"id\":1,\"name\":\"Redaktionen\"}")));
        blog.stubFor(get(urlPathEqualTo(comments)).willReturn(wpError(403, """
                {"code":"rest_forbidden_context","message":"Sorry, you are not allowed to edit comments.",\
                "data":{"status":403}}""")));

        PlatformFailure failure = failureOf(() -> reader().fetchResponses(account(), null));

        assertThat(failure.code()).isEqualTo(FailureCode.PERMISSION_DENIED);
        assertThat(failure.detail()).isEqualTo("Sorry, you are not allowed to edit comments. (rest_forbidden_context)");
    }

    @Test
    void hidingACommentPutsItBackInModeration() {
        blog.stubFor(post(comments + "/77").willReturn(okJson(comment(77, 42, 0, 0, "Lisa", now, "x"))));

        moderator().moderate(account(), "77", false);

        blog.verify(postRequestedFor(urlPathEqualTo(comments + "/77")).withHeader("Authorization", equalTo(authorization))
                .withRequestBody(equalToJson("{\"status\":\"hold\"}")));
    }

    @Test
    void removingACommentMovesItToTheTrashWithoutForce() {
        blog.stubFor(delete(urlPathEqualTo(comments + "/77")).willReturn(okJson(comment(77, 42, 0, 0, "Lisa", now,
                "x").replace("\"status\":\"approved\"", "\"status\":\"trash\""))));

        moderator().moderate(account(), "77", true);

        LoggedRequest request = blog.findAll(deleteRequestedFor(urlPathEqualTo(comments + "/77"))).get(0);
        assertThat(request.getHeader("Authorization")).isEqualTo(authorization);
        assertThat(request.queryParameter("force").isPresent()).isFalse();
    }

    private static String param(LoggedRequest request, String name) {
        return request.queryParameter(name).isPresent() ? request.queryParameter(name).firstValue() : "(none)";
    }

    /** One page of comments as WordPress answers it: a JSON array with the totals in headers. */
    private static ResponseDefinitionBuilder page(int total, int totalPages, String... comments) {
        return okJson("[" + String.join(",", List.of(comments)) + "]").withHeader("X-WP-Total", Integer.toString(total))
                .withHeader("X-WP-TotalPages", Integer.toString(totalPages));
    }

    /** A comment in WordPress's edit context. */
    private String comment(long id, long post, long parent, long author, String authorName, Instant at, String raw) {
        return comment(id, post, parent, author, authorName, at, raw, "https://blogg.example/rubrik/#comment-" + id);
    }

    private String comment(long id, long post, long parent, long author, String authorName, Instant at, String raw,
                           String link) {
        LocalDateTime gmt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        Map<String, Object> comment = new LinkedHashMap<>();
        comment.put("id", id);
        comment.put("post", post);
        comment.put("parent", parent);
        comment.put("author", author);
        comment.put("author_name", authorName);
        comment.put("date", WP_TIME.format(gmt.plusHours(1)));
        comment.put("date_gmt", WP_TIME.format(gmt));
        comment.put("content", Map.of("rendered", "<p>" + raw + "</p>\n", "raw", raw));
        comment.put("link", link);
        comment.put("status", "approved");
        comment.put("type", "comment");
        return json.writeValueAsString(comment);
    }

    private ChannelAccount account() {
        return hosting.account(blog.baseUrl());
    }

    private WordPressPublisher publisher() {
        return new WordPressPublisher(client());
    }

    private WordPressCommentReader reader() {
        return new WordPressCommentReader(client());
    }

    private WordPressModerator moderator() {
        return new WordPressModerator(client());
    }

    private WordPressClient client() {
        PlatformProperties properties = StubPlatforms.properties(blog.baseUrl(), Duration.ofSeconds(2));
        return new WordPressClient(new PlatformHttp(properties, json, clock), properties);
    }

    private static Outgoing reply(String text, String inReplyTo, String replyParent) {
        Instant created = Instant.now();
        return new Outgoing("rdk-" + UUID.randomUUID(), null, text, null, created, inReplyTo, replyParent);
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
