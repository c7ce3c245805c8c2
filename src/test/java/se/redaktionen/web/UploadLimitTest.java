package se.redaktionen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static se.redaktionen.support.TestData.as;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.BrowserSession;
import se.redaktionen.support.PostgresServerTest;
import se.redaktionen.support.TestData;

/**
 * A file over what a page takes reaches that page, which refuses it and keeps the rest of the form;
 * only a body over the container's far higher limit is stopped earlier, with the application's own
 * page. Tomcat's multipart handling is what failed, so most of this runs on a real server.
 */
@PostgresServerTest
class UploadLimitTest {

    private static final String PASSWORD = TestData.PASSWORD;
    private static final String ALT_TEXT = "Barn lyssnar på en saga";
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    StaffUser author;
    long postId;

    @BeforeEach
    void draft() {
        author = data.staff();
        postId = data.draft(author, data.channel(ChannelKind.FACEBOOK_PAGE));
    }

    @Test
    void anImageOverFiveMegabytesIsRefusedAndItsAltTextKept() throws Exception {
        mvc.perform(multipart("/posts/{id}/images", postId)
                        .file(new MockMultipartFile("file", "stor.png", "image/png", png(7 * 1024 * 1024)))
                        .param("altText", ALT_TEXT).with(as(author)).with(csrf()))
                .andExpect(flash().attribute("refusal", "post.image.tooLarge"))
                .andExpect(flash().attribute("imageAltText", ALT_TEXT));

        assertThat(images()).isZero();
    }

    @Test
    void onTheServerAnImageOverTheLimitComesBackToThePostPageWithTheAltTextKept() throws Exception {
        BrowserSession browser = BrowserSession.loggedIn(port, author.getUsername(), PASSWORD);

        HttpResponse<String> refused = browser.upload("/posts/" + postId, "/posts/" + postId + "/images",
                Map.of("altText", ALT_TEXT), "file", "stor.png", png(7 * 1024 * 1024));

        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location")).get().asString().endsWith("/posts/" + postId + "#images");
        String page = browser.get("/posts/" + postId).body();
        assertThat(page).contains("aria-describedby=\"image-alt-help\">" + ALT_TEXT + "</textarea>");
        assertThat(images()).isZero();
    }

    @Test
    void onTheServerACsvFileOverTheLimitGetsTheImportPageWithItsRefusal() throws Exception {
        BrowserSession browser = BrowserSession.loggedIn(port, author.getUsername(), PASSWORD);

        HttpResponse<String> refused = browser.upload("/responses/import", "/responses/import", Map.of(), "file",
                "svar.csv", new byte[20 * 1024 * 1024]);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"import-file\"", "class=\"alert alert-error\"")
                .doesNotContain("HTTP Status");
    }

    @Test
    void onTheServerABodyOverTheContainersLimitGetsTheApplicationsOwnTooLargePage() throws Exception {
        BrowserSession browser = BrowserSession.loggedIn(port, author.getUsername(), PASSWORD);

        HttpResponse<String> refused = browser.upload("/posts/" + postId, "/posts/" + postId + "/images",
                Map.of("altText", ALT_TEXT), "file", "enorm.png", png(51 * 1024 * 1024));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(refused.body()).contains("<main id=\"main\"", "lang=\"sv\"").doesNotContain("HTTP Status");
        assertThat(images()).isZero();
    }

    private int images() {
        return jdbc.queryForObject("select count(*) from post_image where post_id = ?", Integer.class, postId);
    }

    /** A PNG signature followed by padding up to the size: an image by its first bytes. */
    private static byte[] png(int size) {
        byte[] data = Arrays.copyOf(PNG, size);
        return data;
    }
}
