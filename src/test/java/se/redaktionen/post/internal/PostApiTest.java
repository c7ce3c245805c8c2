package se.redaktionen.post.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUserDetailsService;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

@PostgresTest
class PostApiTest {

    private static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    TestData data;

    BranchSummary authorsBranch;
    String author;
    String editor;
    long facebook;

    /** A Facebook page that signs below the text, as the demo's does, and has no credentials stored. */
    @BeforeEach
    void people() {
        authorsBranch = data.branch();
        author = data.person(Role.STAFF, authorsBranch).getUsername();
        editor = data.editor().getUsername();
        facebook = data.signedChannel(ChannelKind.FACEBOOK_PAGE, TestData.SIGNED_BELOW, data.editor(), data.editor());
    }

    @Test
    void aDraftCreatedThroughTheApiCarriesThePerChannelTextAndItsChecks() throws Exception {
        create(author, "{\"body\":\"Läs på http://example.org\",\"channelIds\":[" + facebook + "]}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/v1/posts/")))
                .andExpect(jsonPath("$.state").value("DRAFT"))
                .andExpect(jsonPath("$.sender.username").value(author))
                .andExpect(jsonPath("$.channels[0].text")
                        .value("Läs på http://example.org\n\n/Test, " + authorsBranch.name()))
                .andExpect(jsonPath("$.channels[0].limit").value(63206))
                .andExpect(jsonPath("$.checks[0].rule").value("NON_HTTPS_LINK"))
                .andExpect(jsonPath("$.checks[0].severity").value("WARN"));
    }

    @Test
    void badInputIsAProblemListingEveryFieldAndSavesNothing() throws Exception {
        long before = jdbc.queryForObject("select count(*) from post", Long.class);

        create(author, "{\"body\":\"\",\"channelIds\":[],\"scheduledAt\":\"2020-01-01T10:00:00+01:00\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("body", "channelIds", "scheduledAt")))
                .andExpect(jsonPath("$.errors[*].message", Matchers.hasItem("Skriv en text.")));

        assertThat(jdbc.queryForObject("select count(*) from post", Long.class)).isEqualTo(before);
    }

    @Test
    void submittingBeforeAcknowledgingTheGuidelinesIs422WithTheGuidelinesToRead() throws Exception {
        long id = draft(author, "Välkommen!");

        submit(author, id)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("post.submit.guidelinesPending"))
                .andExpect(jsonPath("$.pendingGuidelines").isNotEmpty());
    }

    @Test
    void aDraftOverAChannelsLimitIsSavedAndItsSubmissionIs422() throws Exception {
        acknowledgeGuidelines(author);
        long twitter = data.channel(ChannelKind.TWITTER);

        String location = create(author, "{\"body\":\"" + "x".repeat(300) + "\",\"channelIds\":[" + twitter + "]}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channels[0].limit").value(280))
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        submit(author, id)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("post.submit.overLimit"));
    }

    @Test
    void eachChannelTextSaysWhetherTheChannelIsConnected() throws Exception {
        long practice = data.sandbox(ChannelKind.FACEBOOK_PAGE, null, data.editor(), data.editor());

        create(author, "{\"body\":\"Hej\",\"channelIds\":[" + facebook + "," + practice + "]}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channels[?(@.channelId == " + facebook + ")].connected").value(false))
                .andExpect(jsonPath("$.channels[?(@.channelId == " + practice + ")].connected").value(true));
    }

    @Test
    void aBlockingFindingIs422WithTheViolation() throws Exception {
        acknowledgeGuidelines(author);
        long id = draft(author, "Grattis 811218-9876!");

        submit(author, id)
                .andExpect(status().isUnprocessableContent())
                .andExpect(content("application/problem+json"))
                .andExpect(jsonPath("$.violations[0].rule").value("PERSONAL_IDENTITY_NUMBER"))
                .andExpect(jsonPath("$.violations[0].severity").value("BLOCK"))
                .andExpect(jsonPath("$.violations[0].finding").value("811218-****"))
                .andExpect(jsonPath("$.violations[0].guideline").isNotEmpty())
                .andExpect(jsonPath("$.violations[0].message", Matchers.containsString("personnummer")));
    }

    @Test
    void anEditorApprovesAcknowledgingEachWarningByItsKey() throws Exception {
        acknowledgeGuidelines(author);
        long id = draft(author, "Program på http://example.org/host");
        submit(author, id).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUBMITTED"));
        long version = version(id);

        decide(editor, id, "approve", "{\"version\":" + version + "}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("post.approve.warningsUnacknowledged"));
        decide(editor, id, "approve", "{\"version\":" + version
                + ",\"acknowledgedWarnings\":[\"NON_HTTPS_LINK:http://example.org/host\"]}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("APPROVED"))
                .andExpect(jsonPath("$.history[1].by").value(editor));
    }

    @Test
    void fourEyesStaffAndLateDecisionsAreRefusedWithTheRightStatus() throws Exception {
        acknowledgeGuidelines(editor);
        long own = draft(editor, "Eget inlägg");
        submit(editor, own).andExpect(status().isOk());
        decide(editor, own, "approve", "{\"version\":" + version(own) + "}").andExpect(status().isForbidden());

        decide(author, own, "approve", "not json").andExpect(status().isForbidden());

        String other = data.editor().getUsername();
        long stale = version(own);
        decide(other, own, "request-changes", "{\"version\":" + stale + ",\"comment\":\"Ändra\"}")
                .andExpect(status().isOk());
        decide(other, own, "reject", "{\"version\":" + stale + ",\"comment\":\"Nej\"}")
                .andExpect(status().isConflict());
    }

    @Test
    void staffSeeOnlyTheirOwnPostsAndCannotReadOthers() throws Exception {
        long mine = draft(author, "Mitt");
        long theirs = draft(editor, "Deras");

        mvc.perform(get("/api/v1/posts").with(httpBasic(author, PASSWORD)))
                .andExpect(jsonPath("$[*].id", Matchers.hasItem((int) mine)))
                .andExpect(jsonPath("$[*].id", Matchers.not(Matchers.hasItem((int) theirs))));
        mvc.perform(get("/api/v1/posts/{id}", theirs).with(httpBasic(author, PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/posts").param("state", "DRAFT").with(httpBasic(editor, PASSWORD)))
                .andExpect(jsonPath("$[*].id", Matchers.hasItems((int) mine, (int) theirs)))
                .andExpect(jsonPath("$[*].state", Matchers.everyItem(Matchers.is("DRAFT"))));
    }

    @Test
    void anUnknownPostIs404() throws Exception {
        mvc.perform(get("/api/v1/posts/{id}", 987654321L).with(httpBasic(author, PASSWORD)))
                .andExpect(status().isNotFound());
    }

    private ResultActions create(String username, String json) throws Exception {
        return mvc.perform(post("/api/v1/posts").with(httpBasic(username, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long draft(String username, String body) throws Exception {
        String location = create(username, "{\"body\":\"" + body + "\",\"channelIds\":[" + facebook + "]}")
                .andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private ResultActions submit(String username, long id) throws Exception {
        return mvc.perform(post("/api/v1/posts/{id}/submit", id).with(httpBasic(username, PASSWORD)));
    }

    private ResultActions decide(String username, long id, String decision, String json) throws Exception {
        return mvc.perform(post("/api/v1/posts/{id}/" + decision, id).with(httpBasic(username, PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from post where id = ?", Long.class, id);
    }

    private void acknowledgeGuidelines(String username) {
        data.acknowledgeGuidelines(users.loadUserByUsername(username));
    }

    private static org.springframework.test.web.servlet.ResultMatcher content(String type) {
        return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content().contentTypeCompatibleWith(type);
    }
}
