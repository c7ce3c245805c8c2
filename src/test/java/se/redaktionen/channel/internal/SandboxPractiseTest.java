package se.redaktionen.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/** A practice channel can take on the rules of a real platform, so newcomers practise under real limits. */
@PostgresTest
class SandboxPractiseTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ChannelRepository channels;
    @Autowired
    Channels channelApi;
    @Autowired
    TestData data;

    StaffUser admin;

    @BeforeEach
    void anAdmin() {
        admin = data.admin();
    }

    @Test
    void anAdminMakesASandboxPractiseXThroughTheForm() throws Exception {
        Channel sandbox = createThroughForm("Övning X formulär " + System.nanoTime(), "SANDBOX", "");

        mvc.perform(edit(sandbox).param("practisesAs", "TWITTER")).andExpect(redirectedUrl("/channels"));

        assertThat(reload(sandbox).getPractisesAs()).isEqualTo(ChannelKind.TWITTER);
        assertThat(channelApi.find(sandbox.getId())).get().extracting(ChannelSummary::rules)
                .isEqualTo(ChannelKind.TWITTER);
        mvc.perform(get("/admin/channels/{id}/edit", sandbox.getId()).with(asAdmin()))
                .andExpect(content().string(Matchers.containsString(
                        "<option value=\"TWITTER\" selected=\"selected\">X (Twitter)</option>")));
    }

    @Test
    void aSandboxMayPractiseABlogOnWordPressCom() throws Exception {
        Channel sandbox = createThroughForm("Övning WordPress.com " + System.nanoTime(), "SANDBOX", "WORDPRESS_COM");

        assertThat(channelApi.find(sandbox.getId())).get().extracting(ChannelSummary::rules)
                .isEqualTo(ChannelKind.WORDPRESS_COM);
        mvc.perform(get("/admin/channels/{id}/edit", sandbox.getId()).with(asAdmin()))
                .andExpect(content().string(Matchers.containsString("<option value=\"WORDPRESS_COM\" selected")));
    }

    @Test
    void anAdminMakesASandboxPractiseXThroughTheApi() throws Exception {
        String name = "Övning X API " + System.nanoTime();

        sendAsAdmin(post("/api/v1/channels"), channelJson(name, "SANDBOX", "\"TWITTER\"", null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("SANDBOX"))
                .andExpect(jsonPath("$.practisesAs").value("TWITTER"));

        Channel stored = channels.findByNameIgnoreCase(name).orElseThrow();
        assertThat(stored.getPractisesAs()).isEqualTo(ChannelKind.TWITTER);
        assertThat(channelApi.find(stored.getId())).get().extracting(ChannelSummary::rules)
                .isEqualTo(ChannelKind.TWITTER);
    }

    @Test
    void aChannelPractisingNothingShowsPractisesAsNullInTheApi() throws Exception {
        sendAsAdmin(post("/api/v1/channels"), channelJson("Övning utan regler " + System.nanoTime(), "SANDBOX",
                "null", null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.practisesAs").value(Matchers.nullValue()));
    }

    @Test
    void practisingIsRefusedForAFacebookPageAndChangesNothing() throws Exception {
        Channel facebook = createThroughForm("Facebook övar ej " + System.nanoTime(), "FACEBOOK_PAGE", "");

        mvc.perform(edit(facebook).param("practisesAs", "TWITTER"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(
                        "Bara en övningskanal kan öva som en annan plattform.")))
                .andExpect(content().string(Matchers.containsString(
                        "aria-describedby=\"practisesAs-help practisesAs-error\"")));

        Channel after = reload(facebook);
        assertThat(after.getPractisesAs()).isNull();
        assertThat(after.getVersion()).isEqualTo(facebook.getVersion());
    }

    @Test
    void theApiRefusesPractisingForAFacebookPageOnThatField() throws Exception {
        Channel facebook = createThroughForm("Facebook API övar ej " + System.nanoTime(), "FACEBOOK_PAGE", "");

        sendAsAdmin(put("/api/v1/channels/{id}", facebook.getId()),
                channelJson(facebook.getName(), "FACEBOOK_PAGE", "\"TWITTER\"", facebook.getVersion()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'practisesAs')].message",
                        Matchers.hasItem(Matchers.startsWith("Bara en övningskanal kan öva"))));

        assertThat(reload(facebook).getVersion()).isEqualTo(facebook.getVersion());
    }

    @Test
    void aSandboxCannotPractiseAsASandboxOrAManualChannel() throws Exception {
        String name = "Övning som övning " + System.nanoTime();

        for (String kind : new String[] {"SANDBOX", "MANUAL"}) {
            mvc.perform(createRequest(name, "SANDBOX", kind))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString(
                            "En övningskanal kan bara öva som blogg, Facebook-sida eller X (Twitter).")));
        }

        assertThat(channels.findByNameIgnoreCase(name)).isEmpty();
    }

    @Test
    void leavingTheSandboxKindForgetsWhatItPractised() throws Exception {
        Channel sandbox = createThroughForm("Övning blir blogg " + System.nanoTime(), "SANDBOX", "TWITTER");

        mvc.perform(edit(sandbox, "WORDPRESS_BLOG")).andExpect(redirectedUrl("/channels"));

        assertThat(reload(sandbox).getPractisesAs()).isNull();
        assertThat(channelApi.find(sandbox.getId())).get().extracting(ChannelSummary::rules)
                .isEqualTo(ChannelKind.WORDPRESS_BLOG);
    }

    @Test
    void aPostForASandboxPractisingXIsCountedTheWayXCountsAgainst280() throws Exception {
        Channel sandbox = createThroughForm("Övning X räknas " + System.nanoTime(), "SANDBOX", "TWITTER");
        String link = "https://www.botkyrka.se/bibliotek/evenemang/" + "a".repeat(60);

        StaffUser staff = data.staff();
        mvc.perform(post("/api/v1/posts").with(httpBasic(staff.getUsername(), TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"Läs mer: " + link + "\",\"channelIds\":[" + sandbox.getId() + "]}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.channels[0].limit").value(280))
                .andExpect(jsonPath("$.channels[0].length").value("Läs mer: ".length() + 23));
    }

    @Test
    void theOverviewSaysWhichPlatformASandboxPractises() throws Exception {
        Channel sandbox = createThroughForm("Övning X i översikten " + System.nanoTime(), "SANDBOX", "TWITTER");

        String page = mvc.perform(get("/channels").with(as(data.staff())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        int row = page.indexOf("href=\"/channels/" + sandbox.getId() + "\"");
        assertThat(row).as("the overview lists the sandbox").isNotNegative();
        assertThat(page.substring(row, page.indexOf("</tr>", row))).contains("Övningskanal (som X (Twitter))");
    }

    private Channel createThroughForm(String name, String kind, String practisesAs) throws Exception {
        mvc.perform(createRequest(name, kind, practisesAs)).andExpect(redirectedUrl("/channels"));
        return channels.findByNameIgnoreCase(name).orElseThrow();
    }

    private MockHttpServletRequestBuilder createRequest(String name, String kind, String practisesAs) {
        return post("/admin/channels/new").with(asAdmin()).with(csrf())
                .param("name", name).param("kind", kind).param("practisesAs", practisesAs)
                .param("responsibleId", String.valueOf(data.editor().getPersonId()))
                .param("deputyId", String.valueOf(data.editor().getPersonId()));
    }

    /** The channel's fields as stored, under the given kind; practisesAs is left for each test to send. */
    private MockHttpServletRequestBuilder edit(Channel channel, String kind) {
        return post("/admin/channels/{id}/edit", channel.getId()).with(asAdmin()).with(csrf())
                .param("name", channel.getName()).param("kind", kind)
                .param("responsibleId", String.valueOf(channel.getResponsibleId()))
                .param("deputyId", String.valueOf(channel.getDeputyId()))
                .param("version", String.valueOf(channel.getVersion()));
    }

    private MockHttpServletRequestBuilder edit(Channel channel) {
        return edit(channel, channel.getKind().name());
    }

    private Channel reload(Channel channel) {
        return channels.findById(channel.getId()).orElseThrow();
    }

    private String channelJson(String name, String kind, String practisesAs, Long version) {
        return "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"practisesAs\":" + practisesAs
                + ",\"responsibleUsername\":\"" + data.editor().getUsername() + "\",\"deputyUsername\":\""
                + data.editor().getUsername() + "\""
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private ResultActions sendAsAdmin(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(admin.getUsername(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private RequestPostProcessor asAdmin() {
        return as(admin);
    }
}
