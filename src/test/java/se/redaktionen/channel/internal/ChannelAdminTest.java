package se.redaktionen.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import java.nio.charset.StandardCharsets;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

@PostgresTest
class ChannelAdminTest {

    private static final String SECRET = "hemlig-token-" + System.nanoTime();

    @Autowired
    MockMvc mvc;
    @Autowired
    ChannelRepository channels;
    @Autowired
    ChannelCredentials credentials;
    @Autowired
    Channels channelApi;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    StaffUser admin;
    StaffUser staff;

    @BeforeEach
    void anAdminAndAMemberOfStaff() {
        admin = data.admin();
        staff = data.staff();
    }

    /** X and a blog on WordPress.com both take an access token, each in a field of its own on the page. */
    @ParameterizedTest
    @ValueSource(strings = {"TWITTER", "WORDPRESS_COM"})
    void credentialsAreStoredEncryptedAndNeverShownBack(String kind) throws Exception {
        Channel channel = create(kind + " test " + System.nanoTime(), kind, SECRET);

        byte[] stored = jdbc.queryForObject("select credentials from channel where id = ?", byte[].class,
                channel.getId());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        assertThat(credentials.read(channels.findById(channel.getId()).orElseThrow()))
                .containsEntry("accessToken", SECRET);

        mvc.perform(get("/admin/channels/{id}/edit", channel.getId()).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(SECRET))))
                .andExpect(content().string(Matchers.containsString("data-stored-credential=\"accessToken\"")));
        mvc.perform(get("/api/v1/channels").with(httpBasic(admin.getUsername(), TestData.PASSWORD)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(SECRET))))
                .andExpect(content().string(Matchers.containsString("\"credentialsStored\":true")));
    }

    @Test
    void emptyCredentialFieldsKeepWhatIsStoredAndClearingRemovesIt() throws Exception {
        Channel channel = create("X behåll " + System.nanoTime(), "TWITTER", SECRET);

        mvc.perform(edit(channel).param("credentials[consumerKey]", "ny-nyckel"))
                .andExpect(redirectedUrl("/channels"));
        assertThat(credentials.read(channels.findById(channel.getId()).orElseThrow()))
                .containsEntry("accessToken", SECRET).containsEntry("consumerKey", "ny-nyckel");

        mvc.perform(edit(channels.findById(channel.getId()).orElseThrow()).param("clearCredentials", "true"))
                .andExpect(redirectedUrl("/channels"));
        assertThat(channels.findById(channel.getId()).orElseThrow().hasCredentials()).isFalse();
    }

    @Test
    void aChannelIsConnectedOnlyOnceEverySecretItsPlatformNeedsIsStored() throws Exception {
        Channel twitter = create("X halvfärdig " + System.nanoTime(), "TWITTER", SECRET);
        Channel practice = create("Övning " + System.nanoTime(), "SANDBOX", null);

        assertThat(channelApi.notConnected()).contains(twitter.getId()).doesNotContain(practice.getId());

        mvc.perform(edit(twitter).param("credentials[consumerKey]", "k").param("credentials[consumerSecret]", "s")
                        .param("credentials[accessTokenSecret]", "t"))
                .andExpect(redirectedUrl("/channels"));
        assertThat(channelApi.notConnected()).doesNotContain(twitter.getId());
    }

    @Test
    void aResponsiblePersonAndADifferentDeputyAreRequired() throws Exception {
        long before = channels.count();

        mvc.perform(post("/admin/channels/new").with(as(admin)).with(csrf())
                        .param("name", "Utan ansvarig").param("kind", "SANDBOX"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("kommunens regler kräver en namngiven ansvarig")));
        long editor = data.editor().getPersonId();
        mvc.perform(post("/admin/channels/new").with(as(admin)).with(csrf())
                        .param("name", "Samma person").param("kind", "SANDBOX")
                        .param("responsibleId", String.valueOf(editor)).param("deputyId", String.valueOf(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Ersättaren ska vara en annan person")));

        assertThat(channels.count()).isEqualTo(before);
    }

    @Test
    void aRetiredChannelKeepsItsRecordButTakesNoNewPosts() throws Exception {
        Channel channel = create("Gammal kanal " + System.nanoTime(), "SANDBOX", null);

        mvc.perform(post("/admin/channels/{id}/retire", channel.getId()).with(as(admin)).with(csrf()))
                .andExpect(flash().attribute("refusal", "channel.retireReasonRequired"));
        mvc.perform(post("/admin/channels/{id}/retire", channel.getId()).with(as(admin)).with(csrf())
                        .param("reason", "Publiken har flyttat"))
                .andExpect(redirectedUrl("/channels"));

        assertThat(channelApi.find(channel.getId())).get().extracting(c -> c.active()).isEqualTo(false);
        assertThat(channelApi.active()).noneMatch(c -> c.id() == channel.getId());
        mvc.perform(post("/posts/new").with(as(staff)).with(csrf()).param("body", "Till en avslutad kanal")
                        .param("channelIds", String.valueOf(channel.getId())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("tar inte emot nya inlägg")));
        mvc.perform(get("/channels").with(as(staff)))
                .andExpect(content().string(Matchers.containsString(channel.getName())))
                .andExpect(content().string(Matchers.containsString("MySpace")));
    }

    @Test
    void staffCannotManageChannels() throws Exception {
        mvc.perform(post("/admin/channels/new").with(as(staff)).with(csrf()).param("name", "Olovlig"))
                .andExpect(status().isForbidden());
    }

    private Channel create(String name, String kind, String accessToken) throws Exception {
        MockHttpServletRequestBuilder request = post("/admin/channels/new").with(as(admin)).with(csrf())
                .param("name", name).param("kind", kind)
                .param("responsibleId", String.valueOf(data.editor().getPersonId()))
                .param("deputyId", String.valueOf(data.editor().getPersonId()));
        if (accessToken != null) {
            request.param("credentials[" + kind + ".accessToken]", accessToken);
        }
        mvc.perform(request).andExpect(redirectedUrl("/channels"));
        return channels.findByNameIgnoreCase(name).orElseThrow();
    }

    private MockHttpServletRequestBuilder edit(Channel channel) {
        return ChannelEdits.edit(channel, as(admin));
    }
}
