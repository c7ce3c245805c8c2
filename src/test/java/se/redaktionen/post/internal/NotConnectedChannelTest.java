package se.redaktionen.post.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * A real channel without credentials publishes nothing, so the author sees it when choosing and
 * previewing, and the editor before approving; a practice channel needs no credentials.
 */
@PostgresTest
class NotConnectedChannelTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    StaffUser author;
    long facebook;
    long practice;

    @BeforeEach
    void channelsAndAuthor() {
        author = data.author();
        facebook = data.channel(ChannelKind.FACEBOOK_PAGE);
        practice = data.channel(ChannelKind.SANDBOX);
    }

    @Test
    void theFormMarksOnlyTheChannelsThatAreNotConnected() throws Exception {
        String form = page(get("/posts/new"));

        assertThat(form).contains("aria-describedby=\"channel-note-" + facebook + "\"")
                .contains("id=\"channel-note-" + facebook + "\"")
                .doesNotContain("channel-note-" + practice + "\"");
    }

    @Test
    void thePreviewAndThePostPageSayWhichChannelWillNotPublish() throws Exception {
        String preview = page(post("/posts/preview").with(csrf()).param("body", "Sagostund")
                .param("channelIds", String.valueOf(facebook), String.valueOf(practice)));

        assertThat(channelText(preview, facebook)).contains("data-not-connected");
        assertThat(channelText(preview, practice)).doesNotContain("data-not-connected");

        long id = submitted();
        String shown = page(get("/posts/{id}", id));
        assertThat(channelText(shown, facebook)).contains("data-not-connected");
        assertThat(channelText(shown, practice)).doesNotContain("data-not-connected");
    }

    @Test
    void theEditorIsToldBeforeApprovingInTheQueueAndOnThePost() throws Exception {
        long id = submitted();

        StaffUser editor = data.editor();
        String post = mvc.perform(get("/posts/{id}", id).with(as(editor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int panel = post.indexOf("id=\"review-panel\"");
        assertThat(panel).isNotNegative();
        assertThat(post.substring(panel, post.indexOf("</section>", panel))).contains("data-not-connected");
        String queue = mvc.perform(get("/review").param("author", String.valueOf(author.getPersonId()))
                .with(as(editor))).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("data-not-connected");
    }

    @Test
    void aPostOnlyForConnectedChannelsCarriesNoMark() throws Exception {
        String preview = page(post("/posts/preview").with(csrf()).param("body", "Övning")
                .param("channelIds", String.valueOf(practice)));

        assertThat(preview).doesNotContain("data-not-connected");
    }

    private long submitted() {
        return data.submitted(author, facebook, practice);
    }

    /** One channel's text in a preview: from its article to the next. */
    private static String channelText(String html, long channelId) {
        int start = html.indexOf("data-channel-id=\"" + channelId + "\"");
        assertThat(start).as("channel %d is previewed", channelId).isNotNegative();
        return html.substring(start, html.indexOf("</article>", start));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(author))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
