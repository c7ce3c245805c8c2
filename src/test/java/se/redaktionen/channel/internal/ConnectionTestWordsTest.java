package se.redaktionen.channel.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ServerSocket;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import se.redaktionen.publishing.internal.PipelineFixture;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * Test connection says in words what failed on the way (refused, name not found, timed out, TLS),
 * quotes the platform only when it answered with words of its own, and never promises a retry.
 * The tests run with a 2 s read timeout.
 */
@PostgresTest
class ConnectionTestWordsTest {

    @RegisterExtension
    static final WireMockExtension blog = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    private static final String ME = "/blogg/wp-json/wp/v2/users/me";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    @Test
    void aClosedPortIsARefusedConnectionAndThePageNamesNoExceptionNorRetry() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        long channel = PipelineFixture.wordPressChannel(mvc, data, "http://127.0.0.1:" + closed + "/blogg");

        MvcResult result = test(channel)
                .andExpect(flash().attribute("connectionFailed", "channel.connection.trouble.REFUSED"))
                .andExpect(flash().attribute("connectionDetail", Matchers.nullValue()))
                .andReturn();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/admin/channels/{id}/edit", channel).flashAttrs(result.getFlashMap()).with(admin()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-connection-failed")))
                .andExpect(content().string(Matchers.containsString("vägrade anslutningen")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Exception"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Nytt försök"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("data-platform-said"))));
    }

    @Test
    void anUnknownHostIsANameNotFound() throws Exception {
        long channel = PipelineFixture.wordPressChannel(mvc, data, "https://blogg.redaktionen.invalid");

        test(channel).andExpect(flash().attribute("connectionFailed", "channel.connection.trouble.HOST_NOT_FOUND"));
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutTimesOut() throws Exception {
        blog.stubFor(get(urlPathEqualTo(ME)).willReturn(okJson("{\"name\":\"Sen\"}").withFixedDelay(3_000)));
        long channel = PipelineFixture.wordPressChannel(mvc, data, blog.baseUrl() + "/blogg");

        test(channel).andExpect(flash().attribute("connectionFailed", "channel.connection.trouble.TIMED_OUT"));
    }

    @Test
    void httpsToAServerThatSpeaksPlainHttpIsATlsFailure() throws Exception {
        long channel = PipelineFixture.wordPressChannel(mvc, data, "https://127.0.0.1:" + blog.getPort() + "/blogg");

        test(channel).andExpect(flash().attribute("connectionFailed", "channel.connection.trouble.TLS"));
    }

    @Test
    void aRefusedPasswordQuotesWordPressesOwnMessage() throws Exception {
        blog.stubFor(get(urlPathEqualTo(ME)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json; charset=UTF-8")
                .withBody("{\"code\":\"incorrect_password\",\"message\":\"The provided password is an invalid "
                        + "application password.\",\"data\":{\"status\":401}}")));
        long channel = PipelineFixture.wordPressChannel(mvc, data, blog.baseUrl() + "/blogg");

        test(channel)
                .andExpect(flash().attribute("connectionFailed", "channel.connection.error.TOKEN_INVALID"))
                .andExpect(flash().attribute("connectionDetail",
                        "The provided password is an invalid application password. (incorrect_password)"));
    }

    @Test
    void aPlainHttpBlogNobodyConfirmedIsRefusedBeforeAnythingIsSent() throws Exception {
        long channel = PipelineFixture.wordPressChannel(mvc, data, "https://blogg.redaktionen.invalid");
        // As a channel saved before confirmation existed: nobody has confirmed its plain http address.
        jdbc.update("update channel set handle = 'http://blogg.redaktionen.invalid' where id = ?", channel);

        test(channel).andExpect(flash().attribute("connectionFailed", "channel.connection.error.PLAIN_HTTP"));
    }

    @Test
    void aConfirmedPlainHttpConnectionWorksWithAWarning() throws Exception {
        blog.stubFor(get(urlPathEqualTo(ME)).willReturn(okJson("{\"name\":\"Redaktionen Botkyrka\"}")));
        long channel = PipelineFixture.wordPressChannel(mvc, data, blog.baseUrl() + "/blogg");
        // 0.0.0.0 reaches this machine on Linux and macOS without being a loopback name, so it counts as another.
        jdbc.update("update channel set handle = ?, plain_http_allowed = true where id = ?",
                "http://0.0.0.0:" + blog.getPort() + "/blogg", channel);

        test(channel)
                .andExpect(flash().attributeExists("connectionReached"))
                .andExpect(flash().attribute("connectionPlainHttp", true));
    }

    private ResultActions test(long channel) throws Exception {
        return mvc.perform(post("/admin/channels/{id}/test", channel).with(admin()).with(csrf()));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor admin() {
        return TestData.as(data.admin());
    }
}
