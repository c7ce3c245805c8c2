package se.redaktionen.channel.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.ResultActions;

import se.redaktionen.platform.ChannelKind;

/**
 * "Connect with Facebook": Facebook Login for the admin, the code exchanged for a user token that only lists
 * the pages the admin manages, and the chosen page's own token stored — never the user's.
 */
class FacebookConnectTest extends ConnectStubs {

    static final String TOKEN_PATH = "/v24.0/oauth/access_token";
    static final String ACCOUNTS_PATH = "/v24.0/me/accounts";
    static final String PERMISSIONS_PATH = "/v24.0/me/permissions";
    static final String USER_TOKEN = "EAAUserTokenOfTheAdmin";

    @Test
    void connectSendsTheAdminToFacebookLoginWithTheAppTheCallbackAStateAndThePagePermissions() throws Exception {
        Admin admin = admin();
        long channel = data.channel(ChannelKind.FACEBOOK_PAGE);

        URI address = authorizeAddress(admin, channel);

        assertThat(address.toString()).startsWith(platforms.baseUrl() + "/web/v24.0/dialog/oauth?");
        assertThat(query(address, "client_id")).isEqualTo(FACEBOOK_APP_ID);
        assertThat(query(address, "redirect_uri")).isEqualTo(CALLBACKS + "facebook-page");
        assertThat(query(address, "response_type")).isEqualTo("code");
        assertThat(query(address, "scope")).isEqualTo(
                "pages_manage_posts,pages_read_engagement,pages_manage_engagement,pages_read_user_engagement");
        assertThat(query(address, "state")).matches("[A-Za-z0-9_-]{43}");
        assertThat(address.toString()).doesNotContain(FACEBOOK_APP_SECRET);
    }

    @Test
    void theEditPageNamesThePermissionsBesideTheConnectButton() throws Exception {
        long channel = data.channel(ChannelKind.FACEBOOK_PAGE);

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/admin/channels/{id}/edit", channel).with(se.redaktionen.support.TestData.as(data.admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-connect-start")))
                .andExpect(content().string(containsString("data-connect-permission=\"pages_manage_posts\"")))
                .andExpect(content().string(containsString("data-connect-permission=\"pages_read_user_engagement\"")));
    }

    @Test
    void theChosenPagesOwnTokenIsStoredWithItsIdAsHandleAndTheUserTokenNowhere() throws Exception {
        Admin admin = admin();
        long channel = data.channel(ChannelKind.FACEBOOK_PAGE);
        String state = stateOfNewFlow(admin, channel);
        stubTokenExchange("code-from-facebook");
        stubPages(page("101", "Botkyrka bibliotek", "EAAPageTokenOne"), page("202", "Tumba bibliotek", "EAAPageTokenTwo"));

        String page = callback(admin, "facebook-page", Map.of("code", "code-from-facebook", "state", state))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-connect-option=\"101\"")))
                .andExpect(content().string(containsString("data-connect-option=\"202\"")))
                .andExpect(content().string(not(containsString("EAAPageToken"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(stored(channel)).as("nothing is stored before the admin chooses").isEmpty();

        choose(admin, choiceKey(page), "202").andExpect(redirectedUrl("/admin/channels/" + channel + "/edit#connect"));

        assertThat(stored(channel)).containsExactlyEntriesOf(Map.of("pageAccessToken", "EAAPageTokenTwo"));
        assertThat(channel(channel).getHandle()).isEqualTo("202");
        platforms.verify(getRequestedFor(urlPathEqualTo(TOKEN_PATH))
                .withQueryParam("client_id", equalTo(FACEBOOK_APP_ID))
                .withQueryParam("client_secret", equalTo(FACEBOOK_APP_SECRET))
                .withQueryParam("code", equalTo("code-from-facebook"))
                .withQueryParam("redirect_uri", equalTo(CALLBACKS + "facebook-page")));
        platforms.verify(getRequestedFor(urlPathEqualTo(ACCOUNTS_PATH))
                .withQueryParam("access_token", equalTo(USER_TOKEN))
                .withQueryParam("fields", equalTo("id,name,access_token")));
    }

    @Test
    void theOnlyPageTheAdminManagesIsOfferedCheckedAndStoredOnlyOnceTheAdminConfirms() throws Exception {
        Admin admin = admin();
        long channel = data.channel(ChannelKind.FACEBOOK_PAGE);
        String state = stateOfNewFlow(admin, channel);
        stubTokenExchange("the-code");
        stubPages(page("303", "Fittja bibliotek", "EAAPageTokenFittja"));

        ResultActions offered = callback(admin, "facebook-page", Map.of("code", "the-code", "state", state))
                .andExpect(content().string(containsString("data-connect-option=\"303\" checked=\"checked\"")));
        assertThat(stored(channel)).as("a link followed is no consent: nothing is stored yet").isEmpty();

        confirmOnly(admin, offered).andExpect(redirectedUrl("/admin/channels/" + channel + "/edit#connect"));
        assertThat(stored(channel)).containsExactlyEntriesOf(Map.of("pageAccessToken", "EAAPageTokenFittja"));
        assertThat(channel(channel).getHandle()).isEqualTo("303");
    }

    @Test
    void aPageTheAdminDoesNotManageIsRefusedAndNothingChanges() throws Exception {
        Started flow = facebookFlow();
        String key = choiceKey(twoPagesOffered(flow));

        refusedAs(choose(flow.admin(), key, "999"), "channel.connect.refused.notReached");
        assertThat(stored(flow.channel())).isEmpty();
        assertThat(channel(flow.channel()).getHandle()).isEqualTo("testkonto");
    }

    @Test
    void choosingNothingShowsTheSamePagesAgainWithAnError() throws Exception {
        Started flow = facebookFlow();
        String key = choiceKey(twoPagesOffered(flow));

        choose(flow.admin(), key, "").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"account-error\"")))
                .andExpect(content().string(containsString("data-connect-option=\"202\"")));
        choose(flow.admin(), key, "101").andExpect(redirectedUrl(editPage(flow)));
        assertThat(stored(flow.channel())).containsEntry("pageAccessToken", "EAAPageTokenOne");
    }

    /** The admin comes back from Facebook Login managing two pages, 101 and 202: the page to choose from. */
    private String twoPagesOffered(Started flow) throws Exception {
        stubTokenExchange("the-code");
        stubPages(page("101", "Botkyrka bibliotek", "EAAPageTokenOne"), page("202", "Tumba bibliotek", "EAAPageTokenTwo"));
        return facebookReturns(flow, flow.admin(), "the-code").andReturn().getResponse().getContentAsString();
    }

    @Test
    void aCancelledLoginSaysSoAndAsksFacebookNothing() throws Exception {
        Started flow = facebookFlow();

        refusedAs(comesBack(flow, "facebook-page", Map.of("error", "access_denied", "error_code", "200",
                "error_description", "Permissions error", "error_reason", "user_denied")),
                "channel.connect.refused.denied");
        nothingAskedNorStored(flow.channel());
    }

    @Test
    void aPermissionTheAdminUntickedIsNamedAndNothingIsOfferedOrStored() throws Exception {
        Started flow = facebookFlow();
        stubOnePage("partly-granted", "404", "EAAPageTokenPartly");
        stubPermissions("declined");

        refusedAs(facebookReturns(flow, flow.admin(), "partly-granted"), "channel.connect.refused.permissions")
                .andExpect(content().string(containsString("pages_read_user_engagement")))
                .andExpect(content().string(not(containsString("data-connect-option"))));
        assertThat(stored(flow.channel())).isEmpty();
        platforms.verify(0, getRequestedFor(urlPathEqualTo(ACCOUNTS_PATH)));
    }

    @Test
    void aCodeGraphRefusesIsToldWithGraphsOwnWords() throws Exception {
        Started flow = facebookFlow();
        platforms.stubFor(get(urlPathEqualTo(TOKEN_PATH)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"This authorization code has been used.\",\"type\":\"OAuthException\","
                        + "\"code\":100,\"error_subcode\":36009,\"fbtrace_id\":\"AbCdEf\"}}")));

        refusedAs(facebookReturns(flow, flow.admin(), "used-code"), "channel.connect.refused.platform")
                .andExpect(content().string(containsString("This authorization code has been used.")));
        assertThat(stored(flow.channel())).isEmpty();
    }

    static void stubTokenExchange(String code) {
        platforms.stubFor(get(urlPathEqualTo(TOKEN_PATH)).withQueryParam("code", equalTo(code))
                .willReturn(okJson("{\"access_token\":\"" + USER_TOKEN + "\",\"token_type\":\"bearer\","
                        + "\"expires_in\":5183944}")));
        stubPermissions("granted");
    }

    /** What Graph says of each page permission the admin was asked for: all {@code granted}, or the one declined. */
    static void stubPermissions(String userEngagement) {
        platforms.stubFor(get(urlPathEqualTo(PERMISSIONS_PATH)).withQueryParam("access_token", equalTo(USER_TOKEN))
                .willReturn(okJson("{\"data\":[{\"permission\":\"pages_manage_posts\",\"status\":\"granted\"},"
                        + "{\"permission\":\"pages_read_engagement\",\"status\":\"granted\"},"
                        + "{\"permission\":\"pages_manage_engagement\",\"status\":\"granted\"},"
                        + "{\"permission\":\"pages_read_user_engagement\",\"status\":\"" + userEngagement + "\"},"
                        + "{\"permission\":\"public_profile\",\"status\":\"granted\"}]}")));
    }

    /** The code buys a token that manages one page. */
    static void stubOnePage(String code, String id, String token) {
        stubTokenExchange(code);
        stubPages(page(id, "Bibliotekets sida " + id, token));
    }

    static void stubPages(String... pages) {
        platforms.stubFor(get(urlPathEqualTo(ACCOUNTS_PATH)).withQueryParam("access_token", equalTo(USER_TOKEN))
                .willReturn(okJson("{\"data\":[" + String.join(",", pages) + "],\"paging\":{\"cursors\":"
                        + "{\"before\":\"QVFIUmJl\",\"after\":\"QVFIUkxi\"}}}")));
    }

    static String page(String id, String name, String token) {
        return "{\"access_token\":\"" + token + "\",\"category\":\"Library\",\"category_list\":[{\"id\":\"2236\","
                + "\"name\":\"Library\"}],\"name\":\"" + name + "\",\"id\":\"" + id + "\",\"tasks\":[\"ANALYZE\","
                + "\"ADVERTISE\",\"MODERATE\",\"CREATE_CONTENT\",\"MANAGE\"]}";
    }
}
