package se.redaktionen.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

@PostgresTest
class ChannelApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ChannelRepository channels;
    @Autowired
    ChannelCredentials credentials;
    @Autowired
    TestData data;

    StaffUser admin;
    StaffUser responsible;
    BranchSummary branch;

    @BeforeEach
    void anAdminAnEditorAndABranch() {
        admin = data.admin();
        responsible = data.editor();
        branch = data.branch();
    }

    @Test
    void anAdminCreatesAChannelWhoseCredentialsNeverComeBack() throws Exception {
        String name = "API-bloggen " + System.nanoTime();

        send(post("/api/v1/channels"), admin, body(name, "null") )
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.responsible").value(responsible.getUsername()))
                .andExpect(jsonPath("$.branch").value(branch.name()))
                .andExpect(jsonPath("$.credentialsStored").value(true))
                .andExpect(content().string(Matchers.not(Matchers.containsString("hemligt-lösen"))));

        Channel channel = channels.findByNameIgnoreCase(name).orElseThrow();
        assertThat(credentials.read(channel)).containsEntry("applicationPassword", "hemligt-lösen");
    }

    @Test
    void badInputIsAProblemListingTheFields() throws Exception {
        send(post("/api/v1/channels"), admin,
                "{\"name\":\"\",\"kind\":\"SANDBOX\",\"responsibleUsername\":\"finns-inte\",\"branch\":\"Narnia\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field",
                        Matchers.hasItems("name", "responsibleId", "deputyId", "branchId")));
    }

    @Test
    void staffCannotCreateChannelsEvenWithAMalformedBody() throws Exception {
        send(post("/api/v1/channels"), data.staff(), "inte json").andExpect(status().isForbidden());
    }

    @Test
    void anUpdateNeedsTheVersionItReadAndKeepsStoredCredentials() throws Exception {
        String name = "API-ändras " + System.nanoTime();
        send(post("/api/v1/channels"), admin, body(name, "null")).andExpect(status().isCreated());
        Channel channel = channels.findByNameIgnoreCase(name).orElseThrow();

        send(put("/api/v1/channels/{id}", channel.getId()), admin,
                body(name, String.valueOf(channel.getVersion() + 7)))
                .andExpect(status().isConflict());
        send(put("/api/v1/channels/{id}", channel.getId()), admin,
                body(name, String.valueOf(channel.getVersion())).replace("\"hemligt-lösen\"", "\"\""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.credentialsStored").value(true));

        assertThat(credentials.read(channels.findById(channel.getId()).orElseThrow()))
                .containsEntry("applicationPassword", "hemligt-lösen");
    }

    private String body(String name, String version) {
        return "{\"name\":\"" + name + "\",\"kind\":\"WORDPRESS_BLOG\",\"handle\":\"https://blogg.example\","
                + "\"branch\":\"" + branch.name() + "\",\"responsibleUsername\":\"" + responsible.getUsername()
                + "\",\"deputyUsername\":\"" + data.editor().getUsername() + "\","
                + "\"credentials\":{\"username\":\"redaktionen\",\"applicationPassword\":\"hemligt-lösen\"},"
                + "\"version\":" + version + "}";
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
                               StaffUser caller, String json) throws Exception {
        return mvc.perform(request.with(httpBasic(caller.getUsername(), TestData.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }
}
