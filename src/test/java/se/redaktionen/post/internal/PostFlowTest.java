package se.redaktionen.post.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static se.redaktionen.support.TestData.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.post.PostState;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * Writing a post on the page: each channel's text with the sender's signature, the checks before
 * submission, and who may do what with a draft. The channels sign as the demo's do: X on the same line,
 * Facebook below the text, blogs not at all.
 */
@PostgresTest
class PostFlowTest {

    /** The channels every test here writes to, made once: each kind's own way of signing. */
    private static final Map<ChannelKind, Long> channel = new EnumMap<>(ChannelKind.class);

    @Autowired
    MockMvc mvc;
    @Autowired
    PostRepository posts;
    @Autowired
    PostTransitionRepository transitions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    BranchSummary branch;
    StaffUser author;

    @BeforeEach
    void newAuthor() {
        branch = data.branch();
        author = data.person(Role.STAFF, branch);
        if (channel.isEmpty()) {
            StaffUser responsible = data.editor();
            StaffUser deputy = data.editor();
            channel.put(ChannelKind.TWITTER,
                    data.signedChannel(ChannelKind.TWITTER, TestData.SIGNED_ON_THE_LINE, responsible, deputy));
            channel.put(ChannelKind.FACEBOOK_PAGE,
                    data.signedChannel(ChannelKind.FACEBOOK_PAGE, TestData.SIGNED_BELOW, responsible, deputy));
            channel.put(ChannelKind.WORDPRESS_BLOG, data.channel(ChannelKind.WORDPRESS_BLOG, responsible, deputy));
        }
    }

    @Test
    void aDraftKeepsTheExactTextEachChannelGetsWithTheSendersSignature() throws Exception {
        long id = saveDraft(draft("Sagostund på lördag!", ChannelKind.TWITTER, ChannelKind.FACEBOOK_PAGE,
                ChannelKind.WORDPRESS_BLOG).param("title", "Sagostund"));

        Post post = posts.findById(id).orElseThrow();
        Map<Long, String> texts = post.getChannels().stream()
                .collect(Collectors.toMap(ChannelText::getChannelId, ChannelText::getRenderedText));
        String first = author.getDisplayName().split(" ")[0];
        assertThat(texts.get(channel.get(ChannelKind.TWITTER)))
                .isEqualTo("Sagostund på lördag! /" + first + ", " + branch.name());
        assertThat(texts.get(channel.get(ChannelKind.FACEBOOK_PAGE)))
                .isEqualTo("Sagostund på lördag!\n\n/" + first + ", " + branch.name());
        assertThat(texts.get(channel.get(ChannelKind.WORDPRESS_BLOG))).isEqualTo("Sagostund på lördag!");
        assertThat(post.getState()).isEqualTo(PostState.DRAFT);
        assertThat(post.getSenderId()).isEqualTo(author.getPersonId());
    }

    @Test
    void previewShowsEachChannelsTextAndSavesNothing() throws Exception {
        long before = posts.count();

        mvc.perform(draft("Förhandsvisning", ChannelKind.TWITTER).param("action", "preview"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Förhandsvisning /Test, " + branch.name()),
                        Matchers.containsString("av 280 tecken"))));

        assertThat(posts.count()).isEqualTo(before);
    }

    @Test
    void theLivePreviewAnswersWithTheFragmentAndSavesNothing() throws Exception {
        long before = posts.count();

        mvc.perform(post("/posts/preview").with(as(author)).with(csrf()).param("body", "Levande 811218-9876")
                        .param("channelIds", String.valueOf(channel.get(ChannelKind.TWITTER))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.startsWith("<div id=\"live-preview\""),
                        Matchers.containsString("Levande 811218-9876 /Test, " + branch.name()),
                        Matchers.containsString("811218-****"),
                        Matchers.not(Matchers.containsString("<html")))));

        assertThat(posts.count()).isEqualTo(before);
    }

    @Test
    void aDraftTooLongForXIsSavedWithTheFindingAndOnlyItsSubmissionIsRefused() throws Exception {
        data.acknowledgeGuidelines(author);
        long id = saveDraft(draft("x".repeat(275), ChannelKind.TWITTER));

        assertThat(posts.findById(id).orElseThrow().getBody()).isEqualTo("x".repeat(275));
        mvc.perform(get("/posts/{id}", id).with(as(author)))
                .andExpect(content().string(Matchers.containsString("data-over-limit")));
        mvc.perform(post("/posts/{id}/submit", id).with(as(author)).with(csrf()))
                .andExpect(flash().attribute("refusal", "post.submit.overLimit"));
        assertThat(posts.findById(id).orElseThrow().getState()).isEqualTo(PostState.DRAFT);
    }

    @Test
    void theSubmitRefusalForPendingGuidelinesLinksToThemWithTheWayBackToThePost() throws Exception {
        long id = saveDraft(draft("Väntar på bekräftelse", ChannelKind.FACEBOOK_PAGE));

        var refused = mvc.perform(post("/posts/{id}/submit", id).with(as(author)).with(csrf()))
                .andExpect(flash().attribute("refusal", "post.submit.guidelinesPending")).andReturn();

        mvc.perform(get("/posts/{id}", id).with(as(author)).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(Matchers.containsString("?returnTo=/posts/" + id + "\"")));
    }

    @Test
    void missingTextAndChannelAndATimeInThePastGetMessages() throws Exception {
        mvc.perform(post("/posts/new").with(as(author)).with(csrf()).param("body", " ")
                        .param("scheduledAt", "2020-01-01T10:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Skriv en text."),
                        Matchers.containsString("Välj minst en kanal."),
                        Matchers.containsString("Tiden har redan passerat."))));
    }

    @Test
    void aScheduledTimeIsStoredAsStockholmTime() throws Exception {
        long id = saveDraft(draft("Bokrea", ChannelKind.FACEBOOK_PAGE).param("scheduledAt", "2031-03-30T09:00"));

        assertThat(posts.findById(id).orElseThrow().getScheduledAt())
                .isEqualTo(LocalDateTime.of(2031, 3, 30, 7, 0).toInstant(java.time.ZoneOffset.UTC));
    }

    @Test
    void submittingWaitsUntilTheAuthorHasAcknowledgedTheGuidelines() throws Exception {
        long id = saveDraft(draft("Välkommen på författarbesök!", ChannelKind.FACEBOOK_PAGE));

        mvc.perform(post("/posts/{id}/submit", id).with(as(author)).with(csrf()))
                .andExpect(flash().attribute("refusal", "post.submit.guidelinesPending"));
        assertThat(posts.findById(id).orElseThrow().getState()).isEqualTo(PostState.DRAFT);

        data.acknowledgeGuidelines(author);
        mvc.perform(post("/posts/{id}/submit", id).with(as(author)).with(csrf()))
                .andExpect(flash().attribute("moved", PostState.SUBMITTED));

        assertThat(posts.findById(id).orElseThrow().getState()).isEqualTo(PostState.SUBMITTED);
        assertThat(transitions.findByPostIdOrderByAtAsc(id)).singleElement()
                .satisfies(t -> {
                    assertThat(t.getFromState()).isEqualTo(PostState.DRAFT);
                    assertThat(t.getToState()).isEqualTo(PostState.SUBMITTED);
                    assertThat(t.getActorId()).isEqualTo(author.getPersonId());
                });
    }

    @Test
    void aPersonalIdentityNumberBlocksSubmissionAndIsShownMasked() throws Exception {
        data.acknowledgeGuidelines(author);
        long id = saveDraft(draft("Grattis till 811218-9876 som vann tävlingen!", ChannelKind.FACEBOOK_PAGE));

        mvc.perform(post("/posts/{id}/submit", id).with(as(author)).with(csrf()))
                .andExpect(flash().attribute("refusal", "post.submit.blocked"));

        assertThat(posts.findById(id).orElseThrow().getState()).isEqualTo(PostState.DRAFT);
        mvc.perform(get("/posts/{id}", id).with(as(author)))
                .andExpect(content().string(Matchers.containsString("811218-****")));
    }

    @Test
    void aPrivateHandleInTheSendersSignatureIsWarnedAboutNamingTheGuideline() throws Exception {
        jdbc.update("update person set signature = '/Tove @tove_privat', private_handles = '@tove_privat' "
                + "where id = ?", author.getPersonId());
        long id = saveDraft(draft("Boktips!", ChannelKind.FACEBOOK_PAGE));

        mvc.perform(get("/posts/{id}", id).with(as(author)))
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Avsändarens signatur visar det privata kontot @tove_privat."),
                        Matchers.containsString("Bibliotekens riktlinjer för sociala medier"))));
    }

    @Test
    void onlyTheAuthorEditsSubmitsOrWithdrawsAndOtherStaffCannotSeeIt() throws Exception {
        long id = saveDraft(draft("Mitt utkast", ChannelKind.FACEBOOK_PAGE));
        StaffUser colleague = data.staff();

        mvc.perform(get("/posts/{id}", id).with(as(colleague))).andExpect(status().isForbidden());
        mvc.perform(get("/posts/{id}/edit", id).with(as(colleague))).andExpect(status().isForbidden());
        mvc.perform(post("/posts/{id}/submit", id).with(as(colleague)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/posts/{id}/withdraw", id).with(as(colleague)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/posts/{id}", id).with(as(data.editor()))).andExpect(status().isOk());
    }

    @Test
    void staffCannotSendAsSomeoneElse() throws Exception {
        long colleague = data.staff().getPersonId();

        mvc.perform(draft("Från någon annan", ChannelKind.FACEBOOK_PAGE).param("senderId", String.valueOf(colleague)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Du kan bara vara avsändare själv.")));
    }

    @Test
    void anEditorCanWriteOnBehalfOfAColleagueWhoThenSignsIt() throws Exception {
        BranchSummary colleaguesBranch = data.branch();
        long colleague = data.person(Role.STAFF, colleaguesBranch).getPersonId();

        long id = saveDraft(post("/posts/new").with(as(data.editor())).with(csrf()).param("body", "Boktips!")
                .param("channelIds", String.valueOf(channel.get(ChannelKind.FACEBOOK_PAGE)))
                .param("senderId", String.valueOf(colleague)));

        Post post = posts.findById(id).orElseThrow();
        assertThat(post.getSenderId()).isEqualTo(colleague);
        assertThat(post.getChannels().get(0).getRenderedText()).endsWith("/Test, " + colleaguesBranch.name());
    }

    @Test
    void aWithdrawnPostCannotBeWithdrawnAgainOrEdited() throws Exception {
        long id = saveDraft(draft("Ångrar mig", ChannelKind.FACEBOOK_PAGE));
        mvc.perform(post("/posts/{id}/withdraw", id).with(as(author)).with(csrf()))
                .andExpect(flash().attribute("moved", PostState.WITHDRAWN));

        mvc.perform(post("/posts/{id}/withdraw", id).with(as(author)).with(csrf()))
                .andExpect(flash().attribute("refusal", "post.transition.forbidden"));
        mvc.perform(get("/posts/{id}/edit", id).with(as(author)))
                .andExpect(flash().attribute("refusal", "post.notEditable"));
    }

    @Test
    void editingWithAStaleVersionIsRefusedAndKeepsTheTypedText() throws Exception {
        long id = saveDraft(draft("Första", ChannelKind.FACEBOOK_PAGE));
        long stale = posts.findById(id).orElseThrow().getVersion();
        mvc.perform(post("/posts/{id}/edit", id).with(as(author)).with(csrf()).param("body", "Andra")
                .param("channelIds", String.valueOf(channel.get(ChannelKind.FACEBOOK_PAGE)))
                .param("version", String.valueOf(stale)));

        mvc.perform(post("/posts/{id}/edit", id).with(as(author)).with(csrf()).param("body", "Tredje versionen")
                        .param("channelIds", String.valueOf(channel.get(ChannelKind.FACEBOOK_PAGE)))
                        .param("version", String.valueOf(stale)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Någon annan har ändrat detta"),
                        Matchers.containsString("Tredje versionen"))));

        assertThat(posts.findById(id).orElseThrow().getBody()).isEqualTo("Andra");
    }

    @Test
    void myPostsListsWhatIWrote() throws Exception {
        saveDraft(draft("Listan visar mig", ChannelKind.FACEBOOK_PAGE));

        mvc.perform(get("/posts").with(as(author)))
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Listan visar mig"),
                        Matchers.containsString("Utkast"))));
    }

    private MockHttpServletRequestBuilder draft(String body, ChannelKind... kinds) {
        MockHttpServletRequestBuilder request = post("/posts/new").with(as(author)).with(csrf()).param("body", body);
        for (ChannelKind kind : kinds) {
            request.param("channelIds", String.valueOf(channel.get(kind)));
        }
        return request;
    }

    private long saveDraft(MockHttpServletRequestBuilder request) throws Exception {
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
