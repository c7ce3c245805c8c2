package se.redaktionen.response.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.publishing.internal.PublishingRounds;
import se.redaktionen.response.ResponseKind;
import se.redaktionen.response.ResponseState;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * The response pages: inbox, the response page and its actions, logging by hand, CSV import, supervision.
 * The people are the test's own: a member of staff and an editor colleague at one branch, an editor at
 * another, and an editor and an admin from elsewhere.
 */
@PostgresTest
class ResponsePagesTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ResponseRecorder recorder;
    @Autowired
    ResponseRepository responses;
    @Autowired
    ResponsePoller poller;
    @Autowired
    ResponseDeadlines deadlines;
    @Autowired
    TestData data;
    @Autowired
    ApplicationContext context;
    @Autowired
    Clock clock;

    StaffUser staff;
    StaffUser colleague;
    StaffUser otherBranchsEditor;
    StaffUser editor;

    @BeforeEach
    void people() {
        BranchSummary branch = data.branch();
        staff = data.person(Role.STAFF, branch);
        colleague = data.person(Role.EDITOR, branch);
        otherBranchsEditor = data.person(Role.EDITOR, data.branch());
        editor = data.editor();
    }

    @Test
    void staffSeeTheirOwnAndTheirBranchsResponsesButNeverAnotherBranchs() throws Exception {
        long channel = newChannel();
        long mine = response(channel, "Till personalen " + unique(), Instant.now(), staff);
        long sameBranch = response(channel, "Till kollegan på samma filial " + unique(), Instant.now(), colleague);
        long otherBranch = response(channel, "Till en annan filial " + unique(), Instant.now(), otherBranchsEditor);

        String staffMine = page(get("/responses").param("channel", String.valueOf(channel)), staff);
        String staffBranch = page(get("/responses").param("view", "branch").param("channel", String.valueOf(channel)),
                staff);
        String editorAll = page(get("/responses").param("view", "all").param("channel", String.valueOf(channel)),
                editor);

        assertThat(staffMine).contains(text(mine)).doesNotContain(text(sameBranch), text(otherBranch))
                .doesNotContain("data-tab=\"UNASSIGNED\"");
        assertThat(staffBranch).contains(text(mine), text(sameBranch)).doesNotContain(text(otherBranch));
        assertThat(editorAll).contains(text(mine), text(sameBranch), text(otherBranch), "data-tab=\"UNASSIGNED\"",
                "data-tab=\"ALL\" data-count=\"3\"");
        mvc.perform(get("/responses/{id}", otherBranch).with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/responses").param("view", "all").with(as(staff))).andExpect(status().isForbidden());
        mvc.perform(get("/responses").param("view", "unassigned").with(as(staff)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/responses/{id}", 987_654_321L).with(as(editor))).andExpect(status().isNotFound());
    }

    @Test
    void theNavigationCountsTheOpenResponsesAssignedToMe() throws Exception {
        StaffUser someone = data.staff();
        long channel = newChannel();
        response(channel, "Första " + unique(), Instant.now(), someone);
        response(channel, "Andra " + unique(), Instant.now(), someone);

        assertThat(page(get("/"), someone)).contains("2 öppna svar väntar på dig");
    }

    @Test
    void lateResponsesCarryTheOverdueOrEscalatedBadgeInWords() throws Exception {
        long channel = newChannel();
        Instant now = clock.instant();
        Instant justOverdue = deadlines.overdueIfReceivedBefore(now).minus(Duration.ofMinutes(5));
        long overdue = response(channel, "Försenad fråga " + unique(), justOverdue, staff);
        long escalated = response(channel, "Gammal fråga " + unique(), now.minus(Duration.ofDays(10)), staff);
        long fresh = response(channel, "Ny fråga " + unique(), now, staff);

        String inbox = page(get("/responses").param("channel", String.valueOf(channel)), staff);

        assertThat(row(inbox, text(overdue))).contains("badge-overdue", "Försenad").doesNotContain("Eskalerad");
        assertThat(row(inbox, text(escalated))).contains("badge-escalated", "Eskalerad");
        assertThat(row(inbox, text(fresh))).doesNotContain("badge-");
        assertThat(inbox.indexOf(text(escalated))).as("oldest open first").isLessThan(inbox.indexOf(text(fresh)));
        assertThat(page(get("/responses/{id}", overdue), staff)).contains("deadline-notice", "Försenat");
    }

    @Test
    void answeringAPracticeResponseFromThePageSendsTheReplyThroughTheOutbox() throws Exception {
        Response question = fromThePublic(data.practisingFacebook(editor), "Har ni sagostund? " + unique());

        mvc.perform(post("/responses/{id}/answer", question.getId()).with(as(editor)).with(csrf())
                        .param("text", "Ja, varje lördag!"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("done", "answered"));
        PublishingRounds.runOnce(context);

        Response answered = responses.findById(question.getId()).orElseThrow();
        assertThat(answered.getState()).isEqualTo(ResponseState.ANSWERED);
        assertThat(answered.getAnswerPublicationId()).isNotNull();
        assertThat(answered.getAnswerText()).startsWith("Ja, varje lördag!");
        assertThat(jdbc.queryForObject("select response_id from publication where id = ?", Long.class,
                answered.getAnswerPublicationId())).isEqualTo(question.getId());
        assertThat(page(get("/responses/{id}", question.getId()), editor))
                .contains("data-response-state=\"ANSWERED\"", "Ja, varje lördag!", "data-reply-state=\"PUBLISHED\"",
                        "/timeline#entry-");
    }

    @Test
    void thePreviewShowsTheSignedAnswerCountedAgainstTheLimitAndChangesNothing() throws Exception {
        Response question = fromThePublic(data.practisingX(editor), "Öppet i jul? " + unique());

        String html = mvc.perform(post("/responses/{id}/answer", question.getId()).with(as(editor))
                        .with(csrf()).param("text", "Ja, som vanligt.").param("preview", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("answer-preview", "Ja, som vanligt. /", "av högst 280 tecken");
        assertThat(responses.findById(question.getId()).orElseThrow().getState()).isEqualTo(ResponseState.ASSIGNED);
    }

    @Test
    void anAnswerOverTheLimitOfAChannelPractisingXIsRefusedWithTheNumbersAndChangesNothing() throws Exception {
        long practisingX = data.practisingX(editor);
        Response question = fromThePublic(practisingX, "Vilka e-böcker? " + unique());
        String tooLong = "a".repeat(300);

        MvcResult refused = mvc.perform(post("/responses/{id}/answer", question.getId()).with(as(editor))
                        .with(csrf()).param("text", tooLong))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("refusal", "response.answer.overLimit"))
                .andExpect(flash().attribute("answerText", tooLong))
                .andReturn();
        String shown = mvc.perform(get("/responses/{id}", question.getId()).with(as(editor))
                        .flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString();

        assertThat(shown).contains("men " + data.channelName(practisingX) + " tar högst 280", tooLong);
        Response unchanged = responses.findById(question.getId()).orElseThrow();
        assertThat(unchanged.getState()).isEqualTo(ResponseState.ASSIGNED);
        assertThat(unchanged.getAnswerPublicationId()).isNull();
        assertThat(jdbc.queryForObject("select count(*) from publication where response_id = ?", Integer.class,
                question.getId())).isZero();
    }

    @Test
    void aRemovedResponseCannotBeAnswered() throws Exception {
        Response spam = fromThePublic(data.practisingFacebook(editor), "Köp billiga klockor " + unique());
        mvc.perform(post("/responses/{id}/remove", spam.getId()).with(as(editor)).with(csrf())
                        .param("reason", "SPAM"))
                .andExpect(flash().attribute("done", "removed"));

        mvc.perform(post("/responses/{id}/answer", spam.getId()).with(as(editor)).with(csrf())
                        .param("text", "Nej tack"))
                .andExpect(flash().attribute("refusal", "response.moderated"));

        Response removed = responses.findById(spam.getId()).orElseThrow();
        assertThat(removed.getState()).isEqualTo(ResponseState.REMOVED);
        assertThat(removed.getAnswerPublicationId()).isNull();
    }

    @Test
    void hidingKeepsTheRecordWhichOnlyEditorsSee() throws Exception {
        long channel = newChannel();
        String original = "Mitt personnummer och adress " + unique();
        long id = response(channel, original, Instant.now(), staff);

        mvc.perform(post("/responses/{id}/hide", id).with(as(editor)).with(csrf()).param("reason", "OTHER"))
                .andExpect(flash().attribute("refusal", "response.moderation.otherNeedsText"));
        assertThat(responses.findById(id).orElseThrow().getState()).isEqualTo(ResponseState.ASSIGNED);
        mvc.perform(post("/responses/{id}/hide", id).with(as(editor)).with(csrf()).param("reason", "OTHER")
                        .param("reasonText", "Uppgifter om ett barn"))
                .andExpect(flash().attribute("done", "hidden"));

        assertThat(responses.findById(id).orElseThrow().getState()).isEqualTo(ResponseState.HIDDEN);
        assertThat(jdbc.queryForObject("select original_text from response_moderation where response_id = ?",
                String.class, id)).isEqualTo(original);
        assertThat(page(get("/responses/{id}", id), editor))
                .contains("moderation-record", original, "Uppgifter om ett barn", "Annat");
        assertThat(page(get("/responses/{id}", id), staff))
                .doesNotContain("moderation-record", original, "Uppgifter om ett barn").contains("Dold");
    }

    @Test
    void reassigningToAnInactivePersonIsRefusedAndChangesNothing() throws Exception {
        long channel = newChannel();
        long id = response(channel, "Fråga om lån " + unique(), Instant.now(), staff);
        StaffUser gone = data.staff();
        jdbc.update("update person set active = false where id = ?", gone.getPersonId());

        mvc.perform(post("/responses/{id}/reassign", id).with(as(editor)).with(csrf())
                        .param("person", String.valueOf(gone.getPersonId())))
                .andExpect(flash().attribute("refusal", "response.reassign.personInactive"));

        assertThat(responses.findById(id).orElseThrow().getAssigneeId()).isEqualTo(staff.getPersonId());
        mvc.perform(post("/responses/{id}/reassign", id).with(as(staff)).with(csrf())
                        .param("person", String.valueOf(colleague.getPersonId())))
                .andExpect(status().isForbidden());
    }

    @Test
    void aResponseLoggedByHandAboutMyOwnPostComesToMe() throws Exception {
        long post = jdbc.queryForObject("""
                insert into post (body, author_id, sender_id, state, created_at, updated_at)
                values ('Sagostund i Fittja', ?, ?, 'PUBLISHED', now(), now()) returning id""", Long.class,
                staff.getPersonId(), staff.getPersonId());
        String text = "Ringde och frågade om åldern " + unique();

        MvcResult result = mvc.perform(log(staff, Map.of("channelId", String.valueOf(data.channel(ChannelKind.MANUAL)),
                        "text", text, "authorName", "Lisa", "postId", String.valueOf(post))))
                .andExpect(status().is3xxRedirection()).andReturn();

        Response logged = responses.findAll().stream().filter(r -> r.getText().equals(text)).findFirst().orElseThrow();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/responses/" + logged.getId());
        assertThat(logged.getSource()).isEqualTo(Response.Source.MANUAL);
        assertThat(logged.getLoggedBy()).isEqualTo(staff.getPersonId());
        assertThat(logged.getPlatformId()).startsWith("manual-");
        assertThat(logged.getPostId()).isEqualTo(post);
        assertThat(logged.getAssigneeId()).isEqualTo(staff.getPersonId());
        assertThat(logged.getRoutedTo()).isEqualTo(Response.RoutedTo.SENDER);
        assertThat(page(get("/responses/{id}", logged.getId()), staff))
                .contains("/posts/" + post, "Sagostund i Fittja", "Avsändaren av inlägget");
    }

    @Test
    void loggingTheSamePlatformIdTwicePointsToTheResponseAlreadyThere() throws Exception {
        String platformId = "fb-" + unique();
        Map<String, String> fields = Map.of("channelId", String.valueOf(data.channel(ChannelKind.FACEBOOK_PAGE)),
                "text", "Tack för tipset!", "platformId", platformId);
        mvc.perform(log(editor, fields)).andExpect(status().is3xxRedirection());
        long first = jdbc.queryForObject("select id from response where platform_id = ?", Long.class, platformId);

        String again = mvc.perform(log(editor, fields))
                .andExpect(status().isOk())
                .andExpect(model().attribute("duplicate", first))
                .andReturn().getResponse().getContentAsString();

        assertThat(again).contains("/responses/" + first, "finns redan");
        assertThat(jdbc.queryForObject("select count(*) from response where platform_id = ?", Integer.class,
                platformId)).isEqualTo(1);
    }

    @Test
    void aResponseCannotBeLoggedAsReceivedInTheFuture() throws Exception {
        String text = "Från framtiden " + unique();
        LocalDate tomorrow = LocalDate.now(STOCKHOLM).plusDays(1);

        String facebook = String.valueOf(data.channel(ChannelKind.FACEBOOK_PAGE));
        mvc.perform(log(staff, Map.of("channelId", facebook, "text", text,
                        "receivedOn", tomorrow.toString())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("manualResponseForm", "receivedOn",
                        "response.log.future"));

        assertThat(jdbc.queryForObject("select count(*) from response where text = ?", Integer.class, text)).isZero();
    }

    @Test
    void aCsvFileImportsItsGoodRowsAndReportsEachBadOneByLine() throws Exception {
        String u = unique();
        String facebook = data.channelName(data.channel(ChannelKind.FACEBOOK_PAGE));
        String x = data.channelName(data.channel(ChannelKind.TWITTER));
        String csv = """
                channel;platform_id;kind;author_name;author_handle;text;received_at
                %2$s;csv-a-%1$s;COMMENT;Lisa;;"Hur gamla ska barnen vara? %1$s";2026-01-20 10:15
                Kanalen som inte finns;csv-b-%1$s;COMMENT;Per;;Hej %1$s;2026-01-20 10:16
                %3$s;csv-c-%1$s;MENTION;;@lasare;Tack %1$s;igår

                %3$s;;MENTION;;@lasare;"Två rader,
                samma svar %1$s";2026-01-21T09:30:00+01:00
                %2$s;csv-e-%1$s;COMMENT;Kim;;;2026-01-20 10:17
                %2$s;csv-f-%1$s;ROPAR;Kim;;Hallå %1$s;2026-01-20 10:18
                """.formatted(u, facebook, x);

        String first = importCsv(csv);

        assertThat(first).contains("Importerade: 2. Fanns redan: 0. Kunde inte importeras: 4.");
        assertThat(first).contains(line(3), "Det finns ingen kanal som heter eller har numret Kanalen som inte finns",
                line(4), "Tiden igår kunde inte läsas", line(8), "Texten saknas",
                line(9), "Typen ROPAR finns inte");
        assertThat(jdbc.queryForObject("select count(*) from response where source = 'CSV' and text like ?",
                Integer.class, "%" + u)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select received_at from response where platform_id = ?",
                java.sql.Timestamp.class, "csv-a-" + u).toInstant()).isEqualTo(Instant.parse("2026-01-20T09:15:00Z"));

        String second = importCsv(csv);

        assertThat(second).contains("Importerade: 0. Fanns redan: 2. Kunde inte importeras: 4.");
        assertThat(jdbc.queryForObject("select count(*) from response where source = 'CSV' and text like ?",
                Integer.class, "%" + u)).isEqualTo(2);
    }

    @Test
    void aNulCharacterInAnImportedFileIsDroppedAndTheRowStoredOnPostgres() throws Exception {
        String u = unique();
        String facebook = data.channelName(data.channel(ChannelKind.FACEBOOK_PAGE));
        String csv = "channel,platform_id,kind,author_name,author_handle,text,received_at\n"
                + facebook + ",csv-nul-" + u + ",COMMENT,Eva,,Fr\u0000åga " + u + ",2026-01-20 10:15\n";

        importCsv(csv);

        assertThat(jdbc.queryForObject("select text from response where platform_id = ?", String.class,
                "csv-nul-" + u)).isEqualTo("Fråga " + u);
    }

    @Test
    void goingThroughAChannelIsRecordedAndItsDashboardWarningGoes() throws Exception {
        long channel = newChannel();
        String name = data.channelName(channel);
        assertThat(page(get("/"), editor)).contains("Ingen har gått igenom nya svar på " + name);
        response(channel, "Öppen fråga " + unique(), Instant.now(), staff);

        mvc.perform(post("/responses/supervised").with(as(editor)).with(csrf())
                        .param("channel", String.valueOf(channel)))
                .andExpect(redirectedUrl("/responses?view=all&channel=" + channel));

        assertThat(jdbc.queryForObject("select open_count from supervision where channel_id = ?", Integer.class,
                channel)).isEqualTo(1);
        assertThat(page(get("/"), editor)).doesNotContain("Ingen har gått igenom nya svar på " + name);
        assertThat(page(get("/responses").param("view", "all").param("channel", String.valueOf(channel)),
                editor)).contains("Senast genomgången av");
        mvc.perform(post("/responses/supervision-interval").with(as(data.admin())).with(csrf())
                        .param("channel", String.valueOf(channel)).param("days", "91"))
                .andExpect(flash().attribute("refusal", "response.supervision.intervalInvalid"));
        mvc.perform(post("/responses/supervision-interval").with(as(data.admin())).with(csrf())
                        .param("channel", String.valueOf(channel)).param("days", "14"))
                .andExpect(flash().attribute("intervalSet", 14));
        assertThat(jdbc.queryForObject("select supervision_interval_days from response_channel where channel_id = ?",
                Integer.class, channel)).isEqualTo(14);
    }

    @Test
    void htmlInAResponseIsShownAsText() throws Exception {
        long channel = newChannel();
        long id = response(channel, "<script>alert('x')</script><b>fet</b> " + unique(), Instant.now(), staff);

        String inbox = page(get("/responses").param("channel", String.valueOf(channel)), staff);
        String shown = page(get("/responses/{id}", id), staff);

        for (String html : new String[] {inbox, shown}) {
            assertThat(html).doesNotContain("<script>alert", "<b>fet</b>").contains("&lt;script&gt;", "&lt;b&gt;fet");
        }
    }

    @Test
    void staffImportACsvToo() throws Exception {
        String u = unique();
        String facebook = data.channelName(data.channel(ChannelKind.FACEBOOK_PAGE));
        String csv = "channel,platform_id,kind,author_name,author_handle,text,received_at\n"
                + facebook + ",csv-staff-" + u + ",COMMENT,Eva,,Fråga " + u + ",2026-01-20 10:15\n";

        String result = mvc.perform(multipart("/responses/import")
                        .file(new MockMultipartFile("file", "svar.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(as(staff)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(result).contains("Importerade: 1.");
        assertThat(jdbc.queryForObject("select logged_by from response where platform_id = ?", Long.class,
                "csv-staff-" + u)).isEqualTo(staff.getPersonId());
    }

    // --- helpers ---------------------------------------------------------------------------------

    private String importCsv(String csv) throws Exception {
        return mvc.perform(multipart("/responses/import")
                        .file(new MockMultipartFile("file", "svar.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(as(editor)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder log(StaffUser person, Map<String, String> fields) {
        Map<String, String> all = new java.util.HashMap<>(Map.of("kind", ResponseKind.COMMENT.name(),
                "receivedOn", LocalDate.now(STOCKHOLM).minusDays(1).toString(), "receivedTime", "10:00"));
        all.putAll(fields);
        MockHttpServletRequestBuilder request = post("/responses/new").with(as(person)).with(csrf());
        all.forEach(request::param);
        return request;
    }

    /** What the public types on a practice channel, read in by the poller as the platform would be. */
    private Response fromThePublic(long channel, String text) {
        jdbc.update("insert into sandbox_entry (channel_id, slug, text, published_at, from_public, author_name) "
                + "values (?, ?, ?, now(), true, 'Eva')", channel, "public-" + unique(), text);
        poller.poll(channel);
        return responses.findAll().stream().filter(r -> r.getChannelId() == channel && r.getText().equals(text))
                .findFirst().orElseThrow();
    }

    /** A response logged on {@code channel} and given to {@code assignee}. */
    private long response(long channel, String text, Instant receivedAt, StaffUser assignee) {
        Response response = recorder.record(new ResponseRecorder.Incoming(channel, "test-" + unique(),
                ResponseKind.COMMENT, null, null, "Allmänheten", null, text, receivedAt, Response.Source.MANUAL,
                null)).response();
        jdbc.update("update response set assignee_id = ?, state = 'ASSIGNED', routed_to = 'REASSIGNED' where id = ?",
                assignee.getPersonId(), response.getId());
        return response.getId();
    }

    /** A refused line's number in the import's table, which labels it for the phone's one-card-per-row view. */
    private static String line(int number) {
        return "<td data-label=\"Rad\" role=\"cell\">" + number + "</td>";
    }

    private String text(long responseId) {
        return jdbc.queryForObject("select text from response where id = ?", String.class, responseId);
    }

    /** A channel logged by hand, with the test's editor as both responsible and deputy. */
    private long newChannel() {
        return data.channel(ChannelKind.MANUAL, editor, data.editor());
    }


    private String page(MockHttpServletRequestBuilder request, StaffUser person) throws Exception {
        return mvc.perform(request.with(as(person))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The table row of the inbox that holds {@code text}. */
    private static String row(String html, String text) {
        int at = html.indexOf(text);
        assertThat(at).as("the inbox shows %s", text).isNotNegative();
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }

    private static String unique() {
        return String.valueOf(System.nanoTime());
    }
}
