package se.redaktionen.response.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.redaktionen.publishing.PublicationRequest;
import se.redaktionen.publishing.PublicationView;
import se.redaktionen.publishing.Publications;
import se.redaktionen.publishing.internal.PipelineFixture;
import se.redaktionen.publishing.internal.PublishingRounds;
import se.redaktionen.response.ResponseKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * A blog comment's whole way on PostgreSQL against a WordPress stub speaking the REST API: a post is
 * published on the blog as post 42, a comment on it is read in once and routed to the post's sender,
 * the sender answers, and the answer is sent once as a reply under post 42 to that comment; a reply
 * to our answer goes to whoever answered, and our own comment is never read in as a response. A poll
 * that fails midway keeps what it stored and the next one continues from there, and a comment approved
 * after newer ones were read is stored once when it appears.
 */
@PostgresTest
class WordPressResponsesFlowTest {

    private static final DateTimeFormatter WP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    static WireMockServer wordpress = new WireMockServer(WireMockConfiguration.options().dynamicPort());

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Publications publications;
    @Autowired
    ApplicationContext context;
    @Autowired
    ResponseRepository responses;
    @Autowired
    ResponsePoller poller;
    @Autowired
    TestData data;

    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void startStub() {
        wordpress.start();
    }

    @AfterAll
    static void stopStub() {
        wordpress.stop();
    }

    @Test
    void aCommentOnOurBlogPostIsReadRoutedToItsSenderAndAnsweredUnderThePostExactlyOnce() throws Exception {
        String site = "/blogg-" + System.nanoTime();
        String comments = site + "/wp-json/wp/v2/comments";
        String sender = data.staff().getUsername();
        long channel = wordPressChannel(wordpress.baseUrl() + site);
        wordpress.stubFor(post(urlPathEqualTo(site + "/wp-json/wp/v2/posts")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody("{\"id\":42,\"link\":\"https://blogg.example/2026/11/26/sagostund/\",\"slug\":\"x\","
                        + "\"status\":\"publish\"}")));
        long postId = publishedPost(channel, sender, "Sagostund på lördag!");
        assertThat(publications.forPost(postId)).singleElement().extracting(PublicationView::platformId)
                .isEqualTo("42");

        Instant asked = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS);
        wordpress.stubFor(get(site + "/wp-json/wp/v2/users/me").willReturn(okJson(
                "{\"id\":1,\"name\":\"Redaktionen\",\"slug\":\"redaktionen\"}")));
        wordpress.stubFor(get(urlPathEqualTo(comments)).willReturn(commentPage(
                comment(77, 42, 0, 0, "Lisa", asked, "Hur gamla ska barnen vara?"))));

        assertThat(poller.poll(channel)).isEqualTo(1);
        assertThat(poller.poll(channel)).isZero();

        Response question = responses.findByChannelIdAndPlatformId(channel, "77").orElseThrow();
        assertThat(question.getKind()).isEqualTo(ResponseKind.COMMENT);
        assertThat(question.getInReplyTo()).isEqualTo("42");
        assertThat(question.getText()).isEqualTo("Hur gamla ska barnen vara?");
        assertThat(question.getAuthorName()).isEqualTo("Lisa");
        assertThat(question.getPostId()).isEqualTo(postId);
        assertThat(question.getAssigneeId()).isEqualTo(personId(sender));
        assertThat(question.getRoutedTo()).isEqualTo(Response.RoutedTo.SENDER);
        assertThat(jdbc.queryForObject("select poll_cursor from response_channel where channel_id = ?", String.class,
                channel)).isEqualTo(asked.getEpochSecond() + ":77");

        wordpress.stubFor(get(comments + "/77").willReturn(okJson(
                comment(77, 42, 0, 0, "Lisa", asked, "Hur gamla ska barnen vara?"))));
        wordpress.stubFor(post(urlPathEqualTo(comments)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody(comment(501, 42, 77, 1, "Redaktionen", Instant.now(), "<p>Från tre år. Välkomna!</p>"))));
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/responses/{id}/answer", question.getId())
                        .with(httpBasic(sender, TestData.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"Från tre år. Välkomna!\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ANSWERED"));
        PublishingRounds.runOnce(context);
        PublishingRounds.runOnce(context);

        List<LoggedRequest> sent = wordpress.findAll(postRequestedFor(urlPathEqualTo(comments)));
        assertThat(sent).hasSize(1);
        JsonNode body = json.readTree(sent.get(0).getBodyAsString());
        assertThat(body.path("post").asLong()).isEqualTo(42);
        assertThat(body.path("parent").asLong()).isEqualTo(77);
        assertThat(body.path("content").asString()).startsWith("<p>").contains("Från tre år. Välkomna!");
        assertThat(sent.get(0).getHeader("Authorization")).startsWith("Basic ");
        Response answered = responses.findById(question.getId()).orElseThrow();
        PublicationView answer = publications.find(answered.getAnswerPublicationId());
        assertThat(answer.platformId()).isEqualTo("501");
        assertThat(answer.url()).isEqualTo("https://blogg.example/rubrik/#comment-501");

        // The blog now lists our answer (written by the application-password user) and Lisa's thanks to it.
        Instant thanked = asked.plusSeconds(300);
        wordpress.stubFor(get(urlPathEqualTo(comments)).willReturn(commentPage(
                comment(77, 42, 0, 0, "Lisa", asked, "Hur gamla ska barnen vara?"),
                comment(501, 42, 77, 1, "Redaktionen", asked.plusSeconds(120), "<p>Från tre år. Välkomna!</p>"),
                comment(79, 42, 501, 0, "Lisa", thanked, "Tack!"))));

        assertThat(poller.poll(channel)).isEqualTo(1);

        assertThat(responses.findByChannelIdAndPlatformId(channel, "501")).isEmpty();
        Response thanks = responses.findByChannelIdAndPlatformId(channel, "79").orElseThrow();
        assertThat(thanks.getKind()).isEqualTo(ResponseKind.REPLY);
        assertThat(thanks.getInReplyTo()).isEqualTo("501");
        assertThat(thanks.getAssigneeId()).isEqualTo(personId(sender));
        assertThat(thanks.getRoutedTo()).isEqualTo(Response.RoutedTo.ANSWERER);
        assertThat(jdbc.queryForObject("select poll_cursor from response_channel where channel_id = ?", String.class,
                channel)).isEqualTo(thanked.getEpochSecond() + ":79");
    }

    @Test
    void aPollThatFailsOnItsSecondPageKeepsTheFirstAndTheNextPollTakesUpTheRestOnce() throws Exception {
        String site = "/blogg-" + System.nanoTime();
        String comments = site + "/wp-json/wp/v2/comments";
        long channel = wordPressChannel(wordpress.baseUrl() + site);
        Instant t = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
        String one = comment(61, 99, 0, 0, "A", t, "Ett");
        String two = comment(62, 99, 0, 0, "B", t.plusSeconds(60), "Två");
        String three = comment(63, 99, 0, 0, "C", t.plusSeconds(120), "Tre");
        String four = comment(64, 99, 63, 0, "D", t.plusSeconds(180), "Fyra");
        wordpress.stubFor(get(site + "/wp-json/wp/v2/users/me").willReturn(okJson("{\"id\":1,\"name\":\"R\"}")));
        wordpress.stubFor(get(urlPathEqualTo(comments)).inScenario(site).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(commentPage(2, one, two)).willSetStateTo("page two"));
        wordpress.stubFor(get(urlPathEqualTo(comments)).inScenario(site).whenScenarioStateIs("page two")
                .willReturn(aResponse().withStatus(503).withBody("Service Unavailable")).willSetStateTo("up"));
        // Read again from just before the cursor, the blog's first page holds the rest (and what was read).
        wordpress.stubFor(get(urlPathEqualTo(comments)).inScenario(site).whenScenarioStateIs("up")
                .willReturn(commentPage(1, two, three, four)).willSetStateTo("done"));
        wordpress.stubFor(get(urlPathEqualTo(comments)).inScenario(site).whenScenarioStateIs("done")
                .willReturn(commentPage(1, three, four)));

        assertThat(poller.poll(channel)).isEqualTo(2);
        assertThat(pollState(channel)).containsEntry("poll_cursor", t.plusSeconds(60).getEpochSecond() + ":62")
                .containsEntry("last_poll_error_code", "PLATFORM_UNAVAILABLE").containsEntry("failed_polls", 1);
        assertThat(poller.poll(channel)).isEqualTo(2);
        assertThat(poller.poll(channel)).isZero();

        assertThat(jdbc.queryForList("select platform_id from response where channel_id = ? order by received_at",
                String.class, channel)).containsExactly("61", "62", "63", "64");
        assertThat(pollState(channel)).containsEntry("poll_cursor", t.plusSeconds(180).getEpochSecond() + ":64")
                .containsEntry("last_poll_error_code", null).containsEntry("failed_polls", 0);
    }

    @Test
    void aCommentApprovedAfterNewerOnesWereReadIsStoredOnceWhenItAppears() throws Exception {
        String site = "/blogg-" + System.nanoTime();
        String comments = site + "/wp-json/wp/v2/comments";
        long channel = wordPressChannel(wordpress.baseUrl() + site);
        Instant written = Instant.now().minus(Duration.ofHours(4)).truncatedTo(ChronoUnit.SECONDS);
        String held = comment(90, 99, 0, 0, "Ny läsare", written, "Min första kommentar: finns boken på somaliska?");
        String newer = comment(91, 99, 0, 0, "Lisa", written.plus(Duration.ofMinutes(30)), "Tack för tipset!");
        String newest = comment(92, 99, 0, 0, "Omar", written.plus(Duration.ofHours(3)), "Jag kommer på lördag.");
        wordpress.stubFor(get(site + "/wp-json/wp/v2/users/me").willReturn(okJson("{\"id\":1,\"name\":\"R\"}")));
        // The first-time commenter's comment is held for moderation: the blog lists only the others.
        wordpress.stubFor(get(urlPathEqualTo(comments)).inScenario(site).whenScenarioStateIs(Scenario.STARTED)
                .willReturn(commentPage(newer, newest)));
        // Approved hours later, it is listed by the time it was written, before the two already read.
        wordpress.stubFor(get(urlPathEqualTo(comments)).inScenario(site).whenScenarioStateIs("approved")
                .willReturn(commentPage(held, newer, newest)));

        assertThat(poller.poll(channel)).isEqualTo(2);
        wordpress.setScenarioState(site, "approved");
        assertThat(poller.poll(channel)).isEqualTo(1);
        assertThat(poller.poll(channel)).isZero();

        assertThat(jdbc.queryForList("select platform_id from response where channel_id = ? order by received_at",
                String.class, channel)).containsExactly("90", "91", "92");
        assertThat(responses.findByChannelIdAndPlatformId(channel, "90").orElseThrow().getReceivedAt())
                .isEqualTo(written);
        assertThat(pollState(channel)).containsEntry("poll_cursor",
                written.plus(Duration.ofHours(3)).getEpochSecond() + ":92");
    }

    private Map<String, Object> pollState(long channel) {
        return jdbc.queryForMap("select poll_cursor, last_poll_error_code, failed_polls from response_channel "
                + "where channel_id = ?", channel);
    }

    /** A WordPress channel on the stub, made through the admin API with an application password. */
    private long wordPressChannel(String siteUrl) throws Exception {
        return PipelineFixture.wordPressChannel(mvc, data, siteUrl);
    }

    /** A post sent by {@code sender}, approved and published through the outbox; returns its id. */
    private long publishedPost(long channel, String sender, String text) {
        long senderId = personId(sender);
        long postId = jdbc.queryForObject("""
                insert into post (title, body, author_id, sender_id, state, created_at, updated_at)
                values ('Sagostund', ?, ?, ?, 'APPROVED', now(), now()) returning id""", Long.class, text, senderId,
                senderId);
        publications.schedule(postId, null, List.of(new PublicationRequest(channel, "Sagostund", text, null)));
        PublishingRounds.runOnce(context);
        return postId;
    }

    private static ResponseDefinitionBuilder commentPage(String... items) {
        return commentPage(1, items);
    }

    private static ResponseDefinitionBuilder commentPage(int totalPages, String... items) {
        return okJson("[" + String.join(",", items) + "]").withHeader("X-WP-Total", Integer.toString(items.length))
                .withHeader("X-WP-TotalPages", Integer.toString(totalPages));
    }

    /** A comment as WordPress lists it in the edit context. */
    private String comment(long id, long post, long parent, long author, String authorName, Instant at, String raw) {
        LocalDateTime gmt = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        Map<String, Object> comment = new LinkedHashMap<>();
        comment.put("id", id);
        comment.put("post", post);
        comment.put("parent", parent);
        comment.put("author", author);
        comment.put("author_name", authorName);
        comment.put("date", WP_TIME.format(gmt.plusHours(1)));
        comment.put("date_gmt", WP_TIME.format(gmt));
        comment.put("content", Map.of("rendered", raw.startsWith("<p>") ? raw : "<p>" + raw + "</p>\n", "raw", raw));
        comment.put("link", "https://blogg.example/rubrik/#comment-" + id);
        comment.put("status", "approved");
        comment.put("type", "comment");
        return json.writeValueAsString(comment);
    }

    private long personId(String username) {
        return jdbc.queryForObject("select id from person where username = ?", Long.class, username);
    }
}
