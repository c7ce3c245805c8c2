package se.redaktionen.channel.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.TestData;

/**
 * The rules every Connect flow keeps, whatever the platform (Facebook's here): the callback completes only
 * with the state the same admin got in the same session, once, within ten minutes; anything else says why in
 * words, asks the platform nothing and changes nothing.
 */
class ConnectFlowRulesTest extends ConnectStubs {

    @Test
    void aStateNobodyStartedIsRefusedAndFacebookIsAskedNothing() throws Exception {
        Started flow = facebookFlow();

        refusedAs(facebookReturns(new Started(flow.admin(), flow.channel(), "forged-state"), flow.admin(), "a-code"),
                "channel.connect.refused.unknown");
        nothingAskedNorStored(flow.channel());
    }

    @Test
    void aFlowCompletedLaterThanTenMinutesHasExpired() throws Exception {
        Started flow = facebookFlow();
        timePasses(ChannelConnections.VALID.plusSeconds(1));

        refusedAs(facebookReturns(flow, flow.admin(), "a-code"), "channel.connect.refused.expired");
        nothingAskedNorStored(flow.channel());
    }

    @Test
    void aFlowCompletedWithinTenMinutesStillWorks() throws Exception {
        Started flow = facebookFlow();
        FacebookConnectTest.stubOnePage("a-code", "404", "EAAPageTokenAlby");
        timePasses(ChannelConnections.VALID.minus(Duration.ofSeconds(30)));

        confirmOnly(flow.admin(), facebookReturns(flow, flow.admin(), "a-code"))
                .andExpect(redirectedUrl(editPage(flow)));
    }

    @Test
    void aStateWorksOnceAndTheSecondTimeSaysItWasUsed() throws Exception {
        Started flow = facebookFlow();
        FacebookConnectTest.stubOnePage("a-code", "505", "EAAPageTokenHallunda");
        confirmOnly(flow.admin(), facebookReturns(flow, flow.admin(), "a-code"))
                .andExpect(redirectedUrl(editPage(flow)));
        platforms.resetRequests();

        refusedAs(facebookReturns(flow, flow.admin(), "a-code"), "channel.connect.refused.used");
        platforms.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void anotherAdminCannotCompleteTheFlowAndTheAdminWhoStartedItStillCan() throws Exception {
        Started flow = facebookFlow();
        FacebookConnectTest.stubOnePage("a-code", "606", "EAAPageTokenTullinge");

        refusedAs(facebookReturns(flow, admin(), "a-code"), "channel.connect.refused.unknown");
        nothingAskedNorStored(flow.channel());

        confirmOnly(flow.admin(), facebookReturns(flow, flow.admin(), "a-code"))
                .andExpect(redirectedUrl(editPage(flow)));
        assertThat(stored(flow.channel())).containsEntry("pageAccessToken", "EAAPageTokenTullinge");
    }

    @Test
    void aBlogWithoutConnectOffersNoButtonAndRefusesToStart() throws Exception {
        long channel = data.channel(ChannelKind.WORDPRESS_BLOG);

        mvc.perform(get("/admin/channels/{id}/edit", channel).with(TestData.as(data.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-connect-start"))));
        refusedAs(connect(admin(), channel), "channel.connect.refused.notOffered");
    }

    @Test
    void anUnknownPlatformsCallbackIsRefusedInWords() throws Exception {
        refusedAs(callback(admin(), "myspace", Map.of("state", "x")), "channel.connect.refused.unknown");
    }
}
