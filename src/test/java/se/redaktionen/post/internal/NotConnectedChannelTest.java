package se.redaktionen.post.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.redaktionen.organisation.StaffUserDetailsService;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestPeople;

/**
 * A real channel without credentials publishes nothing, so the author sees it when choosing and
 * previewing, and the editor before approving; a practice channel needs no credentials.
 */
@PostgresTest
class NotConnectedChannelTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    String author;
    long facebook;
    long practice;

    @BeforeEach
    void channelsAndAuthor() {
        author = TestPeople.create(jdbc, encoder, "STAFF", "author-password");
        TestPeople.acknowledgeAllGuidelines(jdbc, author);
        facebook = jdbc.queryForObject("select id from channel where kind = 'FACEBOOK_PAGE' and credentials is null "
                + "and status = 'ACTIVE' order by id limit 1", Long.class);
        practice = jdbc.queryForObject("select id from channel where kind = 'SANDBOX' and status = 'ACTIVE' "
                + "order by id limit 1", Long.class);
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

        String post = mvc.perform(get("/posts/{id}", id).with(as("demo-editor"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        int panel = post.indexOf("id=\"review-panel\"");
        assertThat(panel).isNotNegative();
        assertThat(post.substring(panel, post.indexOf("</section>", panel))).contains("data-not-connected");
        String queue = mvc.perform(get("/review").param("author", String.valueOf(TestPeople.id(jdbc, author)))
                .with(as("demo-editor"))).andReturn().getResponse().getContentAsString();
        assertThat(queue).contains("data-not-connected");
    }

    @Test
    void aPostOnlyForConnectedChannelsCarriesNoMark() throws Exception {
        String preview = page(post("/posts/preview").with(csrf()).param("body", "Övning")
                .param("channelIds", String.valueOf(practice)));

        assertThat(preview).doesNotContain("data-not-connected");
    }

    private long submitted() throws Exception {
        String location = mvc.perform(post("/posts/new").with(as(author)).with(csrf()).param("body", "Sagostund")
                        .param("channelIds", String.valueOf(facebook), String.valueOf(practice)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(post("/posts/{id}/submit", id).with(as(author)).with(csrf()));
        return id;
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

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
