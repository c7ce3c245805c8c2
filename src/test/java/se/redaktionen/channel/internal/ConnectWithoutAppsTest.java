package se.redaktionen.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.channel.Channels;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * An installation with no app registered at any platform (the tests' usual one): Connect is not offered,
 * the page says why, and an X channel needs all four of its credentials stored, as before.
 */
@PostgresTest
class ConnectWithoutAppsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    Channels channels;

    @Test
    void theEditPageSaysConnectNeedsAnAppAndOffersNoButton() throws Exception {
        long channel = data.channel(ChannelKind.FACEBOOK_PAGE);

        mvc.perform(get("/admin/channels/{id}/edit", channel).with(TestData.as(data.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-connect-not-configured")))
                .andExpect(content().string(not(containsString("data-connect-start"))))
                .andExpect(content().string(not(containsString("data-installation-app"))));
    }

    @Test
    void startingConnectAnywayIsRefusedInWords() throws Exception {
        long channel = data.channel(ChannelKind.TWITTER);

        mvc.perform(get("/admin/channels/{id}/connect", channel).with(TestData.as(data.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "data-connect-refused=\"channel.connect.refused.notOffered\"")));
    }

    @Test
    void anXChannelWithOnlyTheAccessTokenIsNotConnectedWithoutTheInstallationsKey() {
        long channel = data.channel(ChannelKind.TWITTER, data.editor(), data.editor(),
                Map.of("accessToken", "token", "accessTokenSecret", "secret"));

        assertThat(channels.notConnected()).contains(channel);
    }
}
