package se.redaktionen.post.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.redaktionen.guideline.RuleKind;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.organisation.StaffUserDetailsService;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.post.PostState;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

@PostgresTest
class ReviewFlowTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PostRepository posts;
    @Autowired
    PostTransitionRepository transitions;
    @Autowired
    WarningAcknowledgementRepository warningAcknowledgements;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    String author;
    String editor;
    String otherEditor;
    long facebook;

    @BeforeEach
    void people() {
        author = data.author().getUsername();
        editor = acknowledged(data.editor());
        otherEditor = acknowledged(data.editor());
        facebook = data.channel(ChannelKind.FACEBOOK_PAGE);
    }

    @Test
    void anotherEditorApprovesASubmittedPostAndTheMoveIsRecorded() throws Exception {
        long id = submitted(author, "Välkommen på bokcirkel!");

        approve(id, editor).andExpect(flash().attribute("moved", PostState.APPROVED));

        assertThat(state(id)).isEqualTo(PostState.APPROVED);
        assertThat(transitions.findByPostIdOrderByAtAsc(id)).last()
                .satisfies(t -> assertThat(t.getActorId()).isEqualTo(id(editor)));
    }

    @Test
    void anEditorCannotApproveTheirOwnPost() throws Exception {
        long id = submitted(editor, "Mitt eget inlägg");

        approve(id, editor).andExpect(flash().attribute("refusal", "post.review.fourEyes"));

        assertThat(state(id)).isEqualTo(PostState.SUBMITTED);
    }

    @Test
    void anEditorCannotApproveAPostTheyAreTheSenderOf() throws Exception {
        long id = draft(editor, "Skrivet åt en kollega", id(otherEditor));
        submit(id, editor);

        approve(id, otherEditor).andExpect(flash().attribute("refusal", "post.review.fourEyes"));

        assertThat(state(id)).isEqualTo(PostState.SUBMITTED);
    }

    @Test
    void everyWarningMustBeAcknowledgedAndTheAcknowledgementIsRecorded() throws Exception {
        long id = submitted(author, "Läs mer på http://example.org/program");

        approve(id, editor).andExpect(flash().attribute("refusal", "post.approve.warningsUnacknowledged"));
        assertThat(state(id)).isEqualTo(PostState.SUBMITTED);

        mvc.perform(post("/posts/{id}/approve", id).with(as(editor)).with(csrf()).param("version", version(id))
                        .param("acknowledgedWarnings", "NON_HTTPS_LINK:http://example.org/program"))
                .andExpect(flash().attribute("moved", PostState.APPROVED));

        assertThat(warningAcknowledgements.findByPostIdOrderByAtAsc(id)).singleElement().satisfies(a -> {
            assertThat(a.getRuleKind()).isEqualTo(RuleKind.NON_HTTPS_LINK);
            assertThat(a.getAcknowledgedBy()).isEqualTo(id(editor));
        });
    }

    @Test
    void anApprovalRefusedForAnUnacknowledgedWarningKeepsWhatTheEditorTyped() throws Exception {
        long id = submitted(author, "Läs mer på http://example.org/program, dumskalle");

        var refused = mvc.perform(post("/posts/{id}/approve", id).with(as(editor)).with(csrf())
                        .param("version", version(id)).param("scheduledAt", "2031-06-01T10:30")
                        .param("acknowledgedWarnings", "NON_HTTPS_LINK:http://example.org/program")
                        .param("comment", "Fin text – publicera på förmiddagen"))
                .andExpect(flash().attribute("refusal", "post.approve.warningsUnacknowledged")).andReturn();

        String page = mvc.perform(get("/posts/{id}", id).with(as(editor)).flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"comment\" rows=\"2\">Fin text – publicera på förmiddagen</textarea>")
                .contains("value=\"2031-06-01T10:30\"");
        assertThat(page).containsPattern("value=\"NON_HTTPS_LINK:http://example.org/program\"[^>]*checked")
                .doesNotContainPattern("value=\"BANNED_WORDS:[^\"]*\"[^>]*checked");
        assertThat(state(id)).isEqualTo(PostState.SUBMITTED);
    }

    @Test
    void requestingChangesNeedsACommentAndSendsThePostBackToTheAuthor() throws Exception {
        long id = submitted(author, "Första försöket");

        mvc.perform(post("/posts/{id}/request-changes", id).with(as(editor)).with(csrf()).param("version", version(id))
                        .param("comment", " "))
                .andExpect(flash().attribute("refusal", "post.review.commentRequired"));
        mvc.perform(post("/posts/{id}/request-changes", id).with(as(editor)).with(csrf()).param("version", version(id))
                        .param("comment", "Lägg till tiden"))
                .andExpect(flash().attribute("moved", PostState.CHANGES_REQUESTED));

        assertThat(state(id)).isEqualTo(PostState.CHANGES_REQUESTED);
        assertThat(transitions.findByPostIdOrderByAtAsc(id)).last()
                .extracting(PostTransition::getComment).isEqualTo("Lägg till tiden");
        submit(id, author);
        assertThat(state(id)).isEqualTo(PostState.SUBMITTED);
    }

    @Test
    void aRejectedPostIsFinal() throws Exception {
        long id = submitted(author, "Inte lämpligt");

        mvc.perform(post("/posts/{id}/reject", id).with(as(editor)).with(csrf()).param("version", version(id))
                        .param("comment", "Passar inte våra kanaler"))
                .andExpect(flash().attribute("moved", PostState.REJECTED));

        mvc.perform(post("/posts/{id}/submit", id).with(as(author)).with(csrf()))
                .andExpect(flash().attribute("refusal", "post.notEditable"));
        assertThat(state(id)).isEqualTo(PostState.REJECTED);
    }

    @Test
    void ofTwoEditorsDecidingAtOnceOnlyTheFirstWinsAndTheOtherIsTold() throws Exception {
        long id = submitted(author, "Två redaktörer");
        String seenVersion = version(id);

        mvc.perform(post("/posts/{id}/approve", id).with(as(editor)).with(csrf()).param("version", seenVersion))
                .andExpect(flash().attribute("moved", PostState.APPROVED));
        mvc.perform(post("/posts/{id}/reject", id).with(as(otherEditor)).with(csrf()).param("version", seenVersion)
                        .param("comment", "Nej"))
                .andExpect(flash().attribute("refusal", "post.review.alreadyDecided"));

        assertThat(state(id)).isEqualTo(PostState.APPROVED);
    }

    @Test
    void approvingWithATimeInThePastIsRefused() throws Exception {
        long id = submitted(author, "Gammal tid");

        mvc.perform(post("/posts/{id}/approve", id).with(as(editor)).with(csrf()).param("version", version(id))
                        .param("scheduledAt", "2020-05-01T10:00"))
                .andExpect(flash().attribute("refusal", "post.timeInPast"));

        assertThat(state(id)).isEqualTo(PostState.SUBMITTED);
    }

    @Test
    void staffCannotDecideOnPosts() throws Exception {
        long id = submitted(author, "Personal får inte godkänna");
        String colleague = data.staff().getUsername();

        approve(id, colleague).andExpect(status().isForbidden());
        assertThat(state(id)).isEqualTo(PostState.SUBMITTED);
    }

    @Test
    void theQueueListsSubmittedPostsAndFiltersByAuthor() throws Exception {
        long id = submitted(author, "Köad text " + System.nanoTime());
        String text = posts.findById(id).orElseThrow().getBody();

        mvc.perform(get("/review").with(as(editor)))
                .andExpect(content().string(Matchers.containsString(text)));
        mvc.perform(get("/review").param("author", String.valueOf(data.staff().getPersonId())).with(as(editor)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(text))));
        mvc.perform(get("/").with(as(editor)))
                .andExpect(content().string(Matchers.containsString("inlägg väntar på granskning")));
    }

    @Test
    void theAuthorAndTheEditorsTalkOnThePostButOtherStaffCannot() throws Exception {
        long id = submitted(author, "Samtal");
        String colleague = data.staff().getUsername();

        mvc.perform(post("/posts/{id}/comments", id).with(as(author)).with(csrf()).param("text", "Är tiden rätt?"))
                .andExpect(flash().attribute("commented", true));
        mvc.perform(post("/posts/{id}/comments", id).with(as(editor)).with(csrf()).param("text", "Ja, den stämmer."))
                .andExpect(flash().attribute("commented", true));
        mvc.perform(post("/posts/{id}/comments", id).with(as(colleague)).with(csrf()).param("text", "Hej"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/posts/{id}/comments", id).with(as(author)).with(csrf()).param("text", " "))
                .andExpect(flash().attribute("refusal", "post.comment.required"));

        mvc.perform(get("/posts/{id}", id).with(as(author)))
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Är tiden rätt?"),
                        Matchers.containsString("Ja, den stämmer."))));
    }

    private long submitted(String username, String body) throws Exception {
        long id = draft(username, body, null);
        submit(id, username);
        assertThat(state(id)).isEqualTo(PostState.SUBMITTED);
        return id;
    }

    private long draft(String username, String body, Long senderId) throws Exception {
        var request = post("/posts/new").with(as(username)).with(csrf()).param("body", body)
                .param("channelIds", String.valueOf(facebook));
        if (senderId != null) {
            request.param("senderId", String.valueOf(senderId));
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void submit(long id, String username) throws Exception {
        mvc.perform(post("/posts/{id}/submit", id).with(as(username)).with(csrf()));
    }

    private org.springframework.test.web.servlet.ResultActions approve(long id, String username) throws Exception {
        return mvc.perform(post("/posts/{id}/approve", id).with(as(username)).with(csrf()).param("version", version(id)));
    }

    private String version(long id) {
        return String.valueOf(posts.findById(id).orElseThrow().getVersion());
    }

    private PostState state(long id) {
        return posts.findById(id).orElseThrow().getState();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long id(String username) {
        return users.loadUserByUsername(username).getPersonId();
    }

    private String acknowledged(StaffUser person) {
        data.acknowledgeGuidelines(person);
        return person.getUsername();
    }
}
