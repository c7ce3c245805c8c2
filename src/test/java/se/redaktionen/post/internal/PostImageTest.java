package se.redaktionen.post.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import java.util.Base64;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.post.PostState;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

@PostgresTest
class PostImageTest {

    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired
    MockMvc mvc;
    @Autowired
    PostImageRepository images;
    @Autowired
    PostRepository posts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    StaffUser author;
    long postId;

    @BeforeEach
    void draft() {
        author = data.author();
        postId = data.draft(author, data.channel(ChannelKind.FACEBOOK_PAGE));
    }

    @Test
    void anImageWithAltTextIsStoredAndServedWithItsRealType() throws Exception {
        upload("C:\\\\Bilder\\\\sagostund.png", PNG, "Barn lyssnar på en saga")
                .andExpect(flash().attribute("imageAdded", true));

        ImageSummary image = images.summaries(postId).get(0);
        assertThat(image.fileName()).isEqualTo("sagostund.png");
        assertThat(image.contentType()).isEqualTo("image/png");
        mvc.perform(get("/posts/{id}/images/{image}", postId, image.id()).with(as(author)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("image/png"))
                .andExpect(content().bytes(PNG));
    }

    @Test
    void anImageWithoutAltTextBlocksSubmissionUntilDescribed() throws Exception {
        upload("bild.png", PNG, "");

        mvc.perform(post("/posts/{id}/submit", postId).with(as(author)).with(csrf()))
                .andExpect(flash().attribute("refusal", "post.submit.blocked"));
        mvc.perform(get("/posts/{id}", postId).with(as(author)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Bilden bild.png saknar alternativtext.")));

        long image = images.summaries(postId).get(0).id();
        mvc.perform(post("/posts/{id}/images/{image}/alt", postId, image).with(as(author)).with(csrf())
                .param("altText", "Bokhyllor i Tumba"));
        mvc.perform(post("/posts/{id}/submit", postId).with(as(author)).with(csrf()))
                .andExpect(flash().attribute("moved", PostState.SUBMITTED));
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWhateverItIsCalled() throws Exception {
        upload("virus.png", "<script>alert(1)</script>".getBytes(), "Inte en bild")
                .andExpect(flash().attribute("refusal", "post.image.notAnImage"));

        assertThat(images.summaries(postId)).isEmpty();
    }

    @Test
    void aRefusedFileKeepsTheAltTextTheAuthorWrote() throws Exception {
        var refused = upload("anteckningar.png", "bara text".getBytes(), "Barn & böcker i <Fittja>")
                .andExpect(flash().attribute("imageAltText", "Barn & böcker i <Fittja>")).andReturn();

        mvc.perform(get("/posts/{id}", postId).with(as(author)).flashAttrs(refused.getFlashMap()))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "aria-describedby=\"image-alt-help\">Barn &amp; böcker i &lt;Fittja&gt;</textarea>")));
    }

    @Test
    void aPostTakesAtMostFourImages() throws Exception {
        for (int i = 0; i < 4; i++) {
            upload("bild" + i + ".png", PNG, "Bild " + i).andExpect(flash().attribute("imageAdded", true));
        }

        upload("bild5.png", PNG, "En för mycket").andExpect(flash().attribute("refusal", "post.image.tooMany"));
        assertThat(images.summaries(postId)).hasSize(4);
    }

    @Test
    void onlyTheAuthorAddsImagesAndOnlyThoseInvolvedSeeThem() throws Exception {
        upload("bild.png", PNG, "Bild");
        long image = images.summaries(postId).get(0).id();
        StaffUser colleague = data.staff();

        mvc.perform(multipart("/posts/{id}/images", postId).file(new MockMultipartFile("file", "x.png", "image/png", PNG))
                .with(as(colleague)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/posts/{id}/images/{image}", postId, image).with(as(colleague)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/posts/{id}/images/{image}", postId, image).with(as(data.editor())))
                .andExpect(status().isOk());
    }

    @Test
    void anImageIsOnlyReachableThroughItsOwnPost() throws Exception {
        upload("bild.png", PNG, "Bild");
        long image = images.summaries(postId).get(0).id();
        long otherPost = jdbc.queryForObject("insert into post (body, author_id, sender_id, state, created_at, "
                + "updated_at) values ('Annat', ?, ?, 'DRAFT', now(), now()) returning id", Long.class,
                author.getPersonId(), author.getPersonId());

        mvc.perform(get("/posts/{id}/images/{image}", otherPost, image).with(as(author)))
                .andExpect(status().isNotFound());
    }

    private ResultActions upload(String name, byte[] data, String altText) throws Exception {
        return mvc.perform(multipart("/posts/{id}/images", postId)
                .file(new MockMultipartFile("file", name, "image/png", data))
                .param("altText", altText).with(as(author)).with(csrf()));
    }
}
