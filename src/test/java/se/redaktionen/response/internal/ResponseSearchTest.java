package se.redaktionen.response.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.organisation.StaffUserDetailsService;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.response.ResponseKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.QueryPlans;
import se.redaktionen.support.TestData;

/**
 * Searching the inbox and {@code GET /api/v1/responses?q=} on PostgreSQL: Swedish words in the text,
 * names and handles as written, and the same rules of who sees which response as without a search.
 * Each test's responses are on a channel of its own.
 */
@PostgresTest
class ResponseSearchTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    ResponseRecorder recorder;
    @Autowired
    TestData data;

    BranchSummary home;
    String staff;
    String editor;
    long channel;

    @BeforeEach
    void channel() {
        home = data.branch();
        staff = data.person(Role.STAFF, home).getUsername();
        StaffUser responsible = data.editor();
        editor = responsible.getUsername();
        channel = data.channel(ChannelKind.MANUAL, responsible, data.editor());
    }

    @Test
    void theInboxFindsOtherFormsOfSwedishWordsAndAuthorsByNameOrHandle() throws Exception {
        long storyTime = response("När börjar sagostunderna i höst?", "Allmänheten", null, staff);
        long greta = response("Tack för i går!", "Greta Garbo", "@greta_g", staff);
        long other = response("Något helt annat", "Allmänheten", null, staff);

        assertThat(inbox(staff, "mine", "sagostunden")).contains(link(storyTime))
                .doesNotContain(link(greta), link(other));
        assertThat(inbox(staff, "mine", "garbo")).contains(link(greta)).doesNotContain(link(storyTime));
        assertThat(inbox(staff, "mine", "@greta_g")).contains(link(greta)).doesNotContain(link(other));
        assertThat(api(staff, "greta sagostund")).isEmpty();
        assertThat(api(staff, "greta tack")).containsExactly(greta);
    }

    @Test
    void aSearchKeepsTheRuleOfWhichBranchSeesWhat() throws Exception {
        String word = "Grannfråga" + System.nanoTime();
        String colleague = data.person(Role.STAFF, home).getUsername();
        String elsewhere = data.person(Role.STAFF, data.branch()).getUsername();
        long sameBranch = response(word + " till samma filial", null, null, colleague);
        long otherBranch = response(word + " till en annan filial", null, null, elsewhere);

        assertThat(inbox(staff, "branch", word)).contains(link(sameBranch)).doesNotContain(link(otherBranch));
        assertThat(api(staff, word)).containsExactly(sameBranch);
        assertThat(api(editor, word)).containsExactlyInAnyOrder(sameBranch, otherBranch);
    }

    @Test
    void staffNeverFindAHiddenResponseByItsWords() throws Exception {
        String word = "Otrevligheter" + System.nanoTime();
        long hidden = response(word, "Troll", null, staff);
        jdbc.update("update response set state = 'HIDDEN' where id = ?", hidden);

        assertThat(inbox(staff, "mine", word)).doesNotContain(link(hidden));
        assertThat(api(staff, word)).isEmpty();
        assertThat(inbox(editor, "all", word)).contains(link(hidden));
        assertThat(api(editor, word)).containsExactly(hidden);
    }

    @Test
    void theTabLinksKeepTheSearch() throws Exception {
        response("Behåll sökningen", null, null, staff);

        assertThat(inbox(editor, "all", "sök & finn"))
                .contains("href=\"/responses?view=mine&amp;q=s%C3%B6k%20%26%20finn&amp;channel=" + channel)
                .contains("value=\"sök &amp; finn\"");
    }

    @Test
    void aSearchThatCannotBeRunIsToldOnThePageAndRefusedByTheApi() throws Exception {
        long any = response("Vad som helst", null, null, staff);

        assertThat(inbox(staff, "mine", "–?!")).contains("data-search-problem").doesNotContain(link(any));
        assertThat(inbox(staff, "mine", "x".repeat(201))).contains("data-search-problem");
        assertThat(inbox(staff, "mine", "helst\u0000")).contains(link(any));
        mvc.perform(get("/api/v1/responses").param("q", "?!").with(httpBasic(staff, TestData.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("search.noWords"));
        mvc.perform(get("/api/v1/responses").param("q", "x".repeat(201)).with(httpBasic(staff, TestData.PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("search.tooLong"));
    }

    @Test
    void theSearchUsesTheFullTextIndexOfTheMigration() {
        String plan = QueryPlans.withoutSequentialScans(jdbc, "select id from response where "
                + ResponseSearch.TEXT.vector() + " @@ (websearch_to_tsquery('swedish', 'bok') || "
                + "websearch_to_tsquery('simple', 'bok'))");

        assertThat(plan).contains("ix_response_search");
    }

    /** A response on this test's channel, given to {@code assignee}. */
    private long response(String text, String authorName, String authorHandle, String assignee) {
        Response response = recorder.record(new ResponseRecorder.Incoming(channel, "search-" + System.nanoTime(),
                ResponseKind.COMMENT, null, null, authorName, authorHandle, text, Instant.now(),
                Response.Source.MANUAL, null)).response();
        jdbc.update("update response set assignee_id = ?, state = 'ASSIGNED', routed_to = 'REASSIGNED' where id = ?",
                users.loadUserByUsername(assignee).getPersonId(), response.getId());
        return response.getId();
    }

    private String inbox(String username, String view, String q) throws Exception {
        return mvc.perform(get("/responses").param("view", view).param("state", "all").param("q", q)
                        .param("channel", String.valueOf(channel)).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private List<Long> api(String username, String q) throws Exception {
        MockHttpServletRequestBuilder request = get("/api/v1/responses").param("q", q)
                .param("channel", String.valueOf(channel)).with(httpBasic(username, TestData.PASSWORD));
        String json = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        List<Number> ids = JsonPath.read(json, "$[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    private static String link(long id) {
        return "href=\"/responses/" + id + "\"";
    }
}
