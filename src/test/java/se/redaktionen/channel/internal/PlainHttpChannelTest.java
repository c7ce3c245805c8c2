package se.redaktionen.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * A blog at plain http sends its application password in clear: the form warns, and (as in production,
 * which the tests run like) saving it needs the admin's confirmation for that channel. This machine is
 * exempt.
 */
@PostgresTest
class PlainHttpChannelTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ChannelRepository channels;
    @Autowired
    Channels channelApi;
    @Autowired
    TestData data;

    StaffUser admin;
    StaffUser responsible;
    StaffUser deputy;

    @BeforeEach
    void anAdminAndTwoEditors() {
        admin = data.admin();
        responsible = data.editor();
        deputy = data.editor();
    }

    @Test
    void aBlogAtPlainHttpIsWarnedOfAndNotSavedWithoutConfirmation() throws Exception {
        String name = "Okrypterad blogg " + System.nanoTime();

        mvc.perform(newBlog(name, "http://blogg.example"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("channelForm", "allowPlainHttp",
                        "channel.plainHttp.confirmationRequired"))
                .andExpect(content().string(Matchers.containsString("data-plain-http-warning")));

        assertThat(channels.findByNameIgnoreCase(name)).isEmpty();
    }

    @Test
    void aConfirmedBlogAtPlainHttpIsSavedStillWarnedOfAndMaySendItsCredentials() throws Exception {
        String name = "Bekräftad http-blogg " + System.nanoTime();

        mvc.perform(newBlog(name, "http://blogg.example").param("allowPlainHttp", "true"))
                .andExpect(redirectedUrl("/channels"));

        Channel channel = channels.findByNameIgnoreCase(name).orElseThrow();
        assertThat(channel.isPlainHttpAllowed()).isTrue();
        assertThat(channelApi.account(channel.getId()).orElseThrow().plainHttpAllowed()).isTrue();
        mvc.perform(get("/admin/channels/{id}/edit", channel.getId()).with(as(admin)))
                .andExpect(content().string(Matchers.containsString("data-plain-http-warning")))
                .andExpect(content().string(Matchers.matchesPattern(
                        "(?s).*id=\"allowPlainHttp1\"[^>]*checked.*")));
    }

    @Test
    void anUnconfirmedChannelMayNotSendItsCredentialsOverPlainHttp() throws Exception {
        String name = "Blogg som ska flytta " + System.nanoTime();
        mvc.perform(newBlog(name, "https://blogg.example")).andExpect(redirectedUrl("/channels"));

        Channel channel = channels.findByNameIgnoreCase(name).orElseThrow();
        assertThat(channelApi.account(channel.getId()).orElseThrow().plainHttpAllowed()).isFalse();
    }

    @Test
    void aBlogOnThisMachineNeedsNoConfirmationAndNoWarning() throws Exception {
        String name = "Lokal blogg " + System.nanoTime();

        mvc.perform(newBlog(name, "http://127.0.0.1:8089/blogg")).andExpect(redirectedUrl("/channels"));

        Channel channel = channels.findByNameIgnoreCase(name).orElseThrow();
        mvc.perform(get("/admin/channels/{id}/edit", channel.getId()).with(as(admin)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("data-plain-http-warning"))));
    }

    @Test
    void theApiRefusesAPlainHttpBlogWithoutConfirmationAndSaysWhenItIsConfirmed() throws Exception {
        String name = "API-http-blogg " + System.nanoTime();
        String body = "{\"name\":\"" + name + "\",\"kind\":\"WORDPRESS_BLOG\",\"handle\":\"http://blogg.example\","
                + "\"responsibleUsername\":\"" + responsible.getUsername() + "\",\"deputyUsername\":\""
                + deputy.getUsername() + "\"%s}";

        api(String.format(body, ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("allowPlainHttp")));
        assertThat(channels.findByNameIgnoreCase(name)).isEmpty();

        api(String.format(body, ",\"allowPlainHttp\":true"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.allowPlainHttp").value(true));
    }

    private org.springframework.test.web.servlet.ResultActions api(String json) throws Exception {
        return mvc.perform(post("/api/v1/channels").with(httpBasic(admin.getUsername(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private MockHttpServletRequestBuilder newBlog(String name, String address) {
        return post("/admin/channels/new").with(as(admin)).with(csrf())
                .param("name", name).param("kind", "WORDPRESS_BLOG").param("handle", address)
                .param("responsibleId", String.valueOf(responsible.getPersonId()))
                .param("deputyId", String.valueOf(deputy.getPersonId()))
                .param("credentials[username]", "redaktionen")
                .param("credentials[applicationPassword]", "abcd efgh ijkl mnop");
    }
}
