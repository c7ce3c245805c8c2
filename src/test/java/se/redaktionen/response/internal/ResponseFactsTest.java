package se.redaktionen.response.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import jakarta.servlet.http.Cookie;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.response.ResponseKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * The facts a response page and the inbox show about one response: a deadline only while someone is
 * to answer, so a hidden or removed one is never shown as due or late; and the facts' names in English.
 */
@PostgresTest
class ResponseFactsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ResponseRecorder recorder;
    @Autowired
    TestData data;

    StaffUser editor;
    StaffUser staff;

    @BeforeEach
    void anEditorAndAMemberOfStaff() {
        editor = data.editor();
        staff = data.staff();
    }

    @Test
    void aHiddenOrRemovedResponseShowsNoAnswerDeadlineAndIsNeverLate() throws Exception {
        long channel = newChannel();
        Instant longAgo = Instant.now().minus(Duration.ofDays(10));
        long hidden = response(channel, longAgo);
        long removed = response(channel, longAgo);
        long open = response(channel, longAgo);
        moderate(hidden, "hide");
        moderate(removed, "remove");

        for (long id : new long[] {hidden, removed}) {
            assertThat(page(get("/responses/{id}", id))).doesNotContain("id=\"answer-by\"", "deadline-notice");
            mvc.perform(get("/api/v1/responses/{id}", id).with(httpBasic(editor.getUsername(), TestData.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.answerBy").doesNotExist())
                    .andExpect(jsonPath("$.overdue").value(false))
                    .andExpect(jsonPath("$.escalated").value(false));
        }
        assertThat(page(get("/responses/{id}", open))).contains("id=\"answer-by\"", "deadline-notice");
        String inbox = page(get("/responses").param("view", "all").param("state", "all")
                .param("channel", String.valueOf(channel)));
        assertThat(row(inbox, hidden)).doesNotContain("badge-");
        assertThat(row(inbox, removed)).doesNotContain("badge-");
        assertThat(row(inbox, open)).contains("badge-escalated");
        assertThat(page(get("/responses").param("view", "all").param("due", "overdue")
                .param("channel", String.valueOf(channel)))).contains("/responses/" + open + "\"")
                .doesNotContain("/responses/" + hidden + "\"", "/responses/" + removed + "\"");
    }

    @Test
    void theEnglishResponsePageSaysInReplyToAndAssignedTo() throws Exception {
        long id = response(newChannel(), Instant.now());

        String english = page(get("/responses/{id}", id).cookie(new Cookie("redaktionen-lang", "en")));

        assertThat(english).contains("<dt>In reply to</dt>", "<dt>Assigned to</dt>")
                .doesNotContain("<dt>Answers</dt>", "<dt>With</dt>");
    }

    private void moderate(long id, String action) throws Exception {
        mvc.perform(post("/responses/{id}/" + action, id).with(TestData.as(editor))
                        .with(csrf()).param("reason", "SPAM"))
                .andExpect(flash().attribute("done", action.equals("hide") ? "hidden" : "removed"));
    }

    private long response(long channel, Instant receivedAt) {
        long id = recorder.record(new ResponseRecorder.Incoming(channel, "facts-" + System.nanoTime(),
                ResponseKind.COMMENT, null, null, "Allmänheten", null, "Fråga " + System.nanoTime(), receivedAt,
                Response.Source.MANUAL, null)).response().getId();
        jdbc.update("update response set assignee_id = ?, state = 'ASSIGNED', routed_to = 'REASSIGNED' where id = ?",
                staff.getPersonId(), id);
        return id;
    }

    private long newChannel() {
        return data.channel(ChannelKind.MANUAL, editor, data.editor());
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestData.as(editor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The inbox's table row that links to this response. */
    private static String row(String html, long id) {
        int at = html.indexOf("/responses/" + id + "\"");
        assertThat(at).as("the inbox lists response %d", id).isNotNegative();
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }
}
