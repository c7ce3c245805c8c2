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

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/** A post's page is named after the post and leads back to where the reader came from. */
@PostgresTest
class PostPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    StaffUser author;
    long facebook;

    @BeforeEach
    void author() {
        author = data.staff();
        facebook = data.channel(ChannelKind.FACEBOOK_PAGE);
    }

    @Test
    void thePageIsTitledWithThePostsTitle() throws Exception {
        long id = draft("Sagostund i Alby", "Välkommen på lördag!");

        assertThat(page(id, author)).contains("<title>Sagostund i Alby – Redaktionen</title>")
                .contains("<h1>Sagostund i Alby</h1>");
    }

    @Test
    void aPostWithoutTitleIsNamedByTheStartOfItsText() throws Exception {
        long id = draft(null, "Bokcirkeln träffas på torsdag i Fittja");

        assertThat(page(id, author)).contains("<title>Bokcirkeln träffas på torsdag i Fittja – Redaktionen</title>");
    }

    @Test
    void theAuthorGoesBackToTheirPostsAndAnEditorToTheReviewQueue() throws Exception {
        long id = draft("Tillbaka", "Text");

        assertThat(page(id, author)).contains("data-back=\"posts\"").doesNotContain("data-back=\"review\"");
        assertThat(page(id, data.editor())).contains("data-back=\"review\"").doesNotContain("data-back=\"posts\"");
    }

    @Test
    void theAuthorsActionsStandApartFromTheTextsBelow() throws Exception {
        long id = draft("Knappar", "Text");

        assertThat(page(id, author)).contains("class=\"form-actions post-actions\"");
    }

    private long draft(String title, String body) throws Exception {
        var request = post("/posts/new").with(as(author)).with(csrf()).param("body", body)
                .param("channelIds", String.valueOf(facebook));
        if (title != null) {
            request.param("title", title);
        }
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String page(long id, StaffUser reader) throws Exception {
        return mvc.perform(get("/posts/{id}", id).with(as(reader))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }
}
