package se.redaktionen.response.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.awaitility.Awaitility.await;
import static se.redaktionen.support.TestData.as;
import static se.redaktionen.support.TestData.basic;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.publishing.PublicationRequest;
import se.redaktionen.publishing.Publications;
import se.redaktionen.publishing.internal.PublishingRounds;
import se.redaktionen.response.ResponseState;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * A response's way on a practice channel, which behaves like a platform: typed in by "the public",
 * read in once, routed to the post's sender, answered through the outbox with the answerer's
 * signature, and moderated with its record kept. The practice channels are the test's own, with an
 * editor responsible for them; the sender is a member of staff at a branch of the test's own.
 */
@PostgresTest
class ResponseFlowTest {

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
    ResponseModerationRepository moderations;
    @Autowired
    TestData data;

    /** Responsible for the practice channels. */
    StaffUser editor;
    /** The sender of the posts, who signs with their branch's name. */
    StaffUser staff;
    BranchSummary branch;

    @BeforeEach
    void people() {
        editor = data.editor();
        branch = data.branch();
        staff = data.person(Role.STAFF, branch);
    }

    @Test
    void aCommentOnAPublishedPostGoesToItsSenderWhoAnswersItOnTheTimeline() throws Exception {
        long channel = data.practisingFacebook(editor);
        long entry = publishedEntry(channel, staff, "Sagostund på lördag!");

        Response comment = typeAsThePublic(channel, entry, "Lisa", "Hur gamla ska barnen vara?");

        assertThat(comment.getAssigneeId()).isEqualTo(staff.getPersonId());
        assertThat(comment.getRoutedTo()).isEqualTo(Response.RoutedTo.SENDER);
        assertThat(comment.getState()).isEqualTo(ResponseState.ASSIGNED);
        assertThat(comment.getPostId()).isNotNull();

        mvc.perform(post("/api/v1/responses/{id}/answer", comment.getId()).with(basic(staff))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Från tre år. Välkomna!\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("ANSWERED"))
                .andExpect(jsonPath("$.answeredBy").value(staff.getUsername()))
                .andExpect(jsonPath("$.reply.state").value("PENDING"));
        PublishingRounds.runOnce(context);

        Response answered = responses.findById(comment.getId()).orElseThrow();
        assertThat(answered.getFirstAnsweredAt()).isNotNull();
        assertThat(publications.find(answered.getAnswerPublicationId()).url()).contains("/timeline#entry-");
        String timeline = mvc.perform(get("/channels/{id}/timeline", channel)
                        .with(as(staff)))
                .andReturn().getResponse().getContentAsString();
        assertThat(timeline)
                .contains("Hur gamla ska barnen vara?", "Från tre år. Välkomna!", "/Test, " + branch.name());
    }

    @Test
    void aReplyToOurAnswerGoesToWhoeverAnswered() throws Exception {
        long channel = data.practisingFacebook(editor);
        long entry = publishedEntry(channel, staff, "Bokcirkel i Fittja");
        Response question = typeAsThePublic(channel, entry, "Omar", "Vilken bok läser ni?");
        mvc.perform(post("/api/v1/responses/{id}/answer", question.getId()).with(basic(editor))
                .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Vi börjar med Khemiri.\"}"))
                .andExpect(status().isOk());
        PublishingRounds.runOnce(context);
        long ourAnswer = Long.parseLong(publications.find(responses.findById(question.getId()).orElseThrow()
                .getAnswerPublicationId()).platformId());

        Response followUp = typeAsThePublic(channel, ourAnswer, "Omar", "Tack! Vilken av dem?");

        assertThat(followUp.getKind().name()).isEqualTo("REPLY");
        assertThat(followUp.getAssigneeId()).isEqualTo(editor.getPersonId());
        assertThat(followUp.getRoutedTo()).isEqualTo(Response.RoutedTo.ANSWERER);
    }

    @Test
    void readingTheSameChannelAgainStoresNothingTwice() throws Exception {
        long channel = data.practisingFacebook(editor);
        long entry = publishedEntry(channel, staff, "Läsfrämjande vecka");
        typeAsThePublic(channel, entry, "Kim", "Bra initiativ!");
        long before = responses.count();

        assertThat(poller.poll(channel)).isZero();
        jdbc.update("update response_channel set poll_cursor = null where channel_id = ?", channel);
        assertThat(poller.poll(channel)).isZero();

        assertThat(responses.count()).isEqualTo(before);
    }

    @Test
    void aResponseToSomethingNotOursGoesToTheChannelsResponsiblePerson() {
        long channel = data.sandbox(ChannelKind.WORDPRESS_BLOG, null, editor, data.editor());
        jdbc.update("insert into sandbox_entry (channel_id, slug, text, published_at, from_public, author_name) "
                + "values (?, 'public-top-" + System.nanoTime() + "', 'Hej biblioteket!', now(), true, 'Eva')", channel);

        poller.poll(channel);

        Response response = responses.findAll().stream().filter(r -> r.getChannelId() == channel
                && r.getText().equals("Hej biblioteket!")).findFirst().orElseThrow();
        assertThat(response.getAssigneeId()).isEqualTo(editor.getPersonId());
        assertThat(response.getRoutedTo()).isEqualTo(Response.RoutedTo.RESPONSIBLE);
    }

    @Test
    void anAnswerLongerThanTheChannelTakesIsRefusedWithTheNumbersAndChangesNothing() throws Exception {
        long channel = data.practisingX(editor);
        long entry = publishedEntry(channel, staff, "Nya e-böcker");
        Response question = typeAsThePublic(channel, entry, "Sam", "Vilka?");

        mvc.perform(post("/api/v1/responses/{id}/answer", question.getId()).with(basic(staff))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"" + "a".repeat(300) + "\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("response.answer.overLimit"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("280")));

        Response unchanged = responses.findById(question.getId()).orElseThrow();
        assertThat(unchanged.getState()).isEqualTo(ResponseState.ASSIGNED);
        assertThat(unchanged.getAnswerPublicationId()).isNull();
    }

    @Test
    void removingAResponseKeepsTheFullRecordAndTakesItOffTheTimeline() throws Exception {
        long channel = data.practisingFacebook(editor);
        long entry = publishedEntry(channel, staff, "Öppettider i jul");
        Response hateful = typeAsThePublic(channel, entry, "Troll", "Hatiskt innehåll om en grupp");

        responseWork().moderate(hateful.getId(), true, se.redaktionen.response.ModerationReason.HATE_SPEECH, null,
                editor);

        assertThat(responses.findById(hateful.getId()).orElseThrow().getState()).isEqualTo(ResponseState.REMOVED);
        List<ResponseModeration> record = moderations.findByResponseIdOrderByActedAtAsc(hateful.getId());
        assertThat(record).singleElement().satisfies(m -> {
            assertThat(m.getOriginalText()).isEqualTo("Hatiskt innehåll om en grupp");
            assertThat(m.getAuthorName()).isEqualTo("Troll");
            assertThat(m.getPlatformResult()).isEqualTo("DONE");
        });
        String timeline = mvc.perform(get("/channels/{id}/timeline", channel)
                .with(as(staff))).andReturn().getResponse().getContentAsString();
        assertThat(timeline).doesNotContain("Hatiskt innehåll").contains("Borttagen av biblioteket.");
        mvc.perform(post("/api/v1/responses/{id}/answer", hateful.getId()).with(basic(editor))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Svar\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("response.moderated"));
    }

    @Test
    void loggingTheSameResponseTwiceThroughTheApiGivesTheSameRow() throws Exception {
        long channel = data.channel(ChannelKind.MANUAL);
        String body = "{\"channelId\":" + channel + ",\"platformId\":\"myspace-" + System.nanoTime() + "\","
                + "\"kind\":\"COMMENT\",\"authorName\":\"Anna\",\"text\":\"Saknar er här!\","
                + "\"receivedAt\":\"2011-06-01T12:00:00+02:00\"}";

        String first = mvc.perform(post("/api/v1/responses").with(basic(staff))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String second = mvc.perform(post("/api/v1/responses").with(basic(staff))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        Object firstId = com.jayway.jsonpath.JsonPath.read(first, "$.id");
        assertThat(com.jayway.jsonpath.JsonPath.<Object>read(second, "$.id")).isEqualTo(firstId);
        assertThat(com.jayway.jsonpath.JsonPath.<String>read(first, "$.source")).isEqualTo("API");
    }

    @Test
    void badInputToTheApiIsAClearProblemAndStoresNothing() throws Exception {
        long before = responses.count();
        mvc.perform(post("/api/v1/responses").with(basic(staff))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channelId\":999999,\"kind\":\"COMMENT\",\"text\":\"x\","
                                + "\"receivedAt\":\"2026-01-01T10:00:00+01:00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Kanalen finns inte."));
        mvc.perform(post("/api/v1/responses").with(basic(staff))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channelId\":" + data.practisingX(editor) + ",\"kind\":\"COMMENT\",\"text\":\"x\","
                                + "\"receivedAt\":\"2099-01-01T10:00:00+01:00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("response.api.receivedAtInvalid"));
        assertThat(responses.count()).isEqualTo(before);
    }

    @Test
    void staffListOnlyTheirOwnAndTheirBranchsResponsesEditorsAll() throws Exception {
        long channel = data.practisingFacebook(editor);
        long editorsEntry = publishedEntry(channel, data.person(Role.EDITOR, data.branch()), "Hallunda-nytt");
        Response forHallunda = typeAsThePublic(channel, editorsEntry, "Pia", "Fråga till Hallunda");

        String staffList = mvc.perform(get("/api/v1/responses?size=200").with(basic(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String editorList = mvc.perform(get("/api/v1/responses?size=200&channel=" + channel)
                        .with(basic(editor)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(com.jayway.jsonpath.JsonPath.<List<Integer>>read(staffList, "$[*].id"))
                .doesNotContain(forHallunda.getId().intValue());
        assertThat(com.jayway.jsonpath.JsonPath.<List<Integer>>read(editorList, "$[*].id"))
                .contains(forHallunda.getId().intValue());
        mvc.perform(get("/api/v1/responses/{id}", forHallunda.getId()).with(basic(staff)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aChannelWhoseResponsesCouldNotBeReadIsShownToTheEditorsWithTheReason() throws Exception {
        long channel = data.sandbox(ChannelKind.WORDPRESS_BLOG, null, editor, data.editor());
        poller.poll(channel);
        jdbc.update("update response_channel set last_poll_error_code = 'TOKEN_INVALID', failed_polls = 3, "
                + "last_polled_at = now() where channel_id = ?", channel);

        String dashboard = mvc.perform(get("/").with(as(editor)))
                .andReturn().getResponse().getContentAsString();

        assertThat(dashboard).contains("poll-problems", data.channelName(channel), "3 gånger i rad");
        String inbox = mvc.perform(get("/responses").param("channel", String.valueOf(channel))
                .with(as(staff))).andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains("poll-problem", "3 gånger i rad");
        jdbc.update("update response_channel set last_poll_error_code = null, failed_polls = 0 where channel_id = ?",
                channel);
    }

    @Test
    void aChannelWithoutStoredCredentialsIsNotReadAndCannotBeAnsweredFromHere() {
        long facebook = data.channel(ChannelKind.FACEBOOK_PAGE);

        assertThat(context.getBean(se.redaktionen.platform.Inbound.class).ready(facebook)).isFalse();
        assertThat(context.getBean(se.redaktionen.platform.Inbound.class).ready(data.practisingX(editor))).isTrue();
    }

    private ResponseWork responseWork() {
        return context.getBean(ResponseWork.class);
    }

    /** A post sent by {@code sender}, approved and published on the sandbox; returns its timeline entry. */
    private long publishedEntry(long channel, StaffUser sender, String text) {
        long senderId = sender.getPersonId();
        long postId = jdbc.queryForObject("""
                insert into post (body, author_id, sender_id, state, created_at, updated_at)
                values (?, ?, ?, 'APPROVED', now(), now()) returning id""", Long.class, text, senderId, senderId);
        publications.schedule(postId, null, List.of(new PublicationRequest(channel, null, text, null)));
        PublishingRounds.runOnce(context);
        return Long.parseLong(publications.forPost(postId).get(0).platformId());
    }

    private Response typeAsThePublic(long channel, long entry, String name, String text) throws Exception {
        mvc.perform(post("/channels/{id}/timeline/{entry}/responses", channel, entry).with(csrf())
                        .with(as(staff))
                        .param("authorName", name).param("text", text))
                .andExpect(status().is3xxRedirection());
        // The comment is read in by the response module when it hears of it, just after the page answered.
        Long id = await().until(() -> jdbc.query("select id from response where channel_id = ? and text = ? "
                + "order by id desc limit 1", rs -> rs.next() ? rs.getLong(1) : null, channel, text), found -> found != null);
        return responses.findById(id).orElseThrow();
    }

}
