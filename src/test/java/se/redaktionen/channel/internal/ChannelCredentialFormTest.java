package se.redaktionen.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * A channel's form and JSON offer exactly the credentials of its kind, under the platform's own names;
 * practice and manual channels take none, and anything typed that would not be stored is refused
 * rather than announced as saved.
 */
@PostgresTest
class ChannelCredentialFormTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ChannelRepository channels;
    @Autowired
    ChannelAdministration administration;
    @Autowired
    ChannelCredentials credentials;
    @Autowired
    TestData data;

    StaffUser admin;

    @BeforeEach
    void anAdmin() {
        admin = data.admin();
    }

    @Test
    void aPracticeChannelsFormOffersNoCredentials() throws Exception {
        Channel sandbox = channel(ChannelKind.SANDBOX, null, Map.of());

        String page = editPage(sandbox);

        assertThat(page).doesNotContain("data-credentials").doesNotContain("type=\"password\"")
                .contains("data-no-credentials");
    }

    @Test
    void credentialsTypedForAPracticeChannelAreRefusedAndNothingChanges() throws Exception {
        Channel sandbox = channel(ChannelKind.SANDBOX, null, Map.of());

        mvc.perform(edit(sandbox).param("credentials[accessToken]", "token"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("channelForm", "credentials",
                        "channel.credentials.notTaken"));

        Channel after = channels.findById(sandbox.getId()).orElseThrow();
        assertThat(after.getVersion()).isEqualTo(sandbox.getVersion());
        assertThat(after.hasCredentials()).isFalse();
    }

    @Test
    void theApiRefusesCredentialsForAPracticeChannelWithA400NamingTheField() throws Exception {
        Channel sandbox = channel(ChannelKind.SANDBOX, null, Map.of());
        String body = "{\"name\":\"" + sandbox.getName() + "\",\"kind\":\"SANDBOX\","
                + "\"responsibleUsername\":\"" + data.editor().getUsername() + "\",\"deputyUsername\":\""
                + data.editor().getUsername() + "\","
                + "\"credentials\":{\"pageAccessToken\":\"token\"},\"version\":" + sandbox.getVersion() + "}";

        mvc.perform(put("/api/v1/channels/{id}", sandbox.getId())
                        .with(httpBasic(admin.getUsername(), TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.contains("credentials")));

        assertThat(channels.findById(sandbox.getId()).orElseThrow().getVersion()).isEqualTo(sandbox.getVersion());
    }

    @Test
    void anXChannelsFormOffersItsFourFieldsUnderXsNamesAndListsTheStoredOnesSo() throws Exception {
        Channel x = channel(ChannelKind.TWITTER, null, Map.of("accessToken", "a", "consumerKey", "k"));

        String page = editPage(x);

        assertThat(all(page, "name=\"(credentials\\[[a-zA-Z_.]+])\"")).containsExactly(
                "credentials[TWITTER.consumerKey]", "credentials[TWITTER.consumerSecret]",
                "credentials[TWITTER.accessToken]", "credentials[TWITTER.accessTokenSecret]");
        assertThat(page).contains("<label for=\"credentials-TWITTER-consumerKey\">API Key</label>");
        assertThat(all(page, "data-stored-credential=\"[a-zA-Z]+\">([^<]+)<"))
                .containsExactly("API Key", "Access Token");
    }

    @Test
    void aNewChannelsFormGroupsTheFieldsUnderEachPlatformsName() throws Exception {
        String page = newPage();

        assertThat(all(page, "data-credentials-kind=\"([A-Z_]+)\""))
                .containsExactly("WORDPRESS_BLOG", "WORDPRESS_COM", "FACEBOOK_PAGE", "TWITTER");
        assertThat(page).contains(
                "<label for=\"credentials-WORDPRESS_BLOG-applicationPassword\">Applikationslösenord</label>");
    }

    @Test
    void aNewChannelsFormNamesEachFieldOnceThoughXAndWordPressComBothTakeAnAccessToken() throws Exception {
        String page = newPage();

        List<String> names = all(page, "name=\"(credentials\\[[a-zA-Z_.]+])\"");
        assertThat(names).contains("credentials[TWITTER.accessToken]", "credentials[WORDPRESS_COM.accessToken]")
                .doesNotHaveDuplicates();
        assertThat(all(page, "id=\"(credentials-[a-zA-Z_-]+)\"")).doesNotHaveDuplicates();
    }

    @Test
    void aNewBlogOnWordPressComKeepsOnlyItsOwnFieldAsThePageSendsEveryKinds() throws Exception {
        String name = "Bloggen på WordPress.com " + System.nanoTime();
        MockHttpServletRequestBuilder request = newBlogOnWordPressCom(name);
        for (String field : all(newPage(), "name=\"credentials\\[([a-zA-Z_.]+)]\"")) {
            request.param("credentials[" + field + "]", field.equals("WORDPRESS_COM.accessToken") ? "wpcom-token" : "");
        }

        mvc.perform(request).andExpect(status().is3xxRedirection());

        Channel blog = channels.findByNameIgnoreCase(name).orElseThrow();
        assertThat(blog.getKind()).isEqualTo(ChannelKind.WORDPRESS_COM);
        assertThat(credentials.read(blog)).isEqualTo(Map.of("accessToken", "wpcom-token"));
    }

    @Test
    void aFieldOfAnotherKindFilledInOnThePageIsRefusedAndNothingIsCreated() throws Exception {
        long before = channels.count();

        mvc.perform(newBlogOnWordPressCom("Fel fält " + System.nanoTime())
                        .param("credentials[WORDPRESS_COM.accessToken]", "")
                        .param("credentials[TWITTER.accessToken]", "x-token"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("channelForm", "credentials",
                        "channel.credentials.otherKind"));

        assertThat(channels.count()).isEqualTo(before);
    }

    @Test
    void credentialsOfAnotherKindThanTheChosenOneAreRefused() throws Exception {
        long before = channels.count();

        mvc.perform(post("/admin/channels/new").with(as(admin)).with(csrf())
                        .param("name", "Fel sorts uppgifter " + System.nanoTime()).param("kind", "WORDPRESS_BLOG")
                        .param("handle", "https://blogg.example")
                        .param("responsibleId", String.valueOf(data.editor().getPersonId()))
                        .param("deputyId", String.valueOf(data.editor().getPersonId()))
                        .param("credentials[username]", "").param("credentials[accessToken]", "x-token"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("channelForm", "credentials",
                        "channel.credentials.otherKind"));

        assertThat(channels.count()).isEqualTo(before);
    }

    @Test
    void theApiListsTheNamesAKindTakesAndWhichAreStoredNeverTheirValues() throws Exception {
        Channel blog = channel(ChannelKind.WORDPRESS_BLOG, "https://blogg.example",
                Map.of("applicationPassword", "hemligt-" + System.nanoTime()));

        mvc.perform(get("/api/v1/channels").with(httpBasic(data.staff().getUsername(), TestData.PASSWORD)))
                .andExpect(jsonPath("$[?(@.id == " + blog.getId() + ")].credentialFields[*]",
                        Matchers.contains("username", "applicationPassword")))
                .andExpect(jsonPath("$[?(@.id == " + blog.getId() + ")].storedCredentials[*]",
                        Matchers.contains("applicationPassword")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("hemligt-"))));
    }

    @Test
    void theApiTakesABlogOnWordPressComWithItsTokenAndNeverGivesTheTokenBack() throws Exception {
        String token = "wpcom-" + System.nanoTime();
        String body = "{\"name\":\"WordPress.com " + System.nanoTime() + "\",\"kind\":\"WORDPRESS_COM\","
                + "\"handle\":\"botkyrkabibliotek.wordpress.com\",\"responsibleUsername\":\""
                + data.editor().getUsername() + "\",\"deputyUsername\":\"" + data.editor().getUsername() + "\","
                + "\"credentials\":{\"accessToken\":\"" + token + "\"}}";

        mvc.perform(post("/api/v1/channels").with(httpBasic(admin.getUsername(), TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.credentialFields[*]", Matchers.contains("accessToken")))
                .andExpect(jsonPath("$.storedCredentials[*]", Matchers.contains("accessToken")))
                .andExpect(content().string(Matchers.not(Matchers.containsString(token))));
    }

    @Test
    void theSignatureHelpShowsTheBackslashNThatMakesALineBreak() throws Exception {
        assertThat(newPage()).contains("Skriv \\n för radbrytning.");
    }

    private Channel channel(ChannelKind kind, String handle, Map<String, String> secrets) {
        ChannelForm form = new ChannelForm();
        form.setName(kind + " " + System.nanoTime());
        form.setKind(kind);
        form.setHandle(handle);
        form.setResponsibleId(data.editor().getPersonId());
        form.setDeputyId(data.editor().getPersonId());
        form.setCredentials(new java.util.HashMap<>(secrets));
        return administration.create(form);
    }

    /** The new channel's page sent for a blog on WordPress.com, its credentials left to the test. */
    private MockHttpServletRequestBuilder newBlogOnWordPressCom(String name) {
        return post("/admin/channels/new").with(as(admin)).with(csrf()).param("name", name)
                .param("kind", "WORDPRESS_COM").param("handle", "botkyrkabibliotek.wordpress.com")
                .param("responsibleId", String.valueOf(data.editor().getPersonId()))
                .param("deputyId", String.valueOf(data.editor().getPersonId()));
    }

    private String editPage(Channel channel) throws Exception {
        return mvc.perform(get("/admin/channels/{id}/edit", channel.getId()).with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String newPage() throws Exception {
        return mvc.perform(get("/admin/channels/new").with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static List<String> all(String page, String regex) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(page);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private MockHttpServletRequestBuilder edit(Channel channel) {
        return ChannelEdits.edit(channel, as(admin));
    }
}
