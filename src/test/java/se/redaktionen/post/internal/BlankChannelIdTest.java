package se.redaktionen.post.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/** A blank channel id — spaces in a form, {@code null} in JSON — is a channel that does not exist. */
@PostgresTest
class BlankChannelIdTest {

    private static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;

    StaffUser author;

    @BeforeEach
    void author() {
        author = data.staff();
    }

    @Test
    void aBlankChannelIdOnTheFormIsAFieldErrorAndTheTextIsKept() throws Exception {
        mvc.perform(post("/posts/new").with(as()).with(csrf()).param("body", "Min text").param("channelIds", "  "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("postForm", "channelIds", "post.channelUnavailable"))
                .andExpect(model().attribute("postForm", Matchers.hasProperty("body", Matchers.is("Min text"))));
    }

    @Test
    void aBlankChannelIdInTheLivePreviewShowsNoPreviewInsteadOfFailing() throws Exception {
        mvc.perform(post("/posts/preview").with(as()).with(csrf()).param("body", "Min text").param("channelIds", "  "))
                .andExpect(status().isOk())
                .andExpect(model().attribute("previews", Matchers.empty()));
    }

    @Test
    void aBlankChannelIdWhenEditingADraftIsAFieldError() throws Exception {
        long facebook = data.channel(ChannelKind.FACEBOOK_PAGE);
        String location = mvc.perform(post("/posts/new").with(as()).with(csrf()).param("body", "Utkast")
                        .param("channelIds", String.valueOf(facebook)))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(post("/posts/{id}/edit", id).with(as()).with(csrf()).param("body", "Ändrat")
                        .param("channelIds", "  ").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("postForm", "channelIds", "post.channelUnavailable"));
    }

    @Test
    void aNullChannelIdInTheApiIsAFieldError() throws Exception {
        mvc.perform(post("/api/v1/posts").with(httpBasic(author.getUsername(), PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"Min text\",\"channelIds\":[null]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("channelIds")));
    }

    private RequestPostProcessor as() {
        return TestData.as(author);
    }
}
