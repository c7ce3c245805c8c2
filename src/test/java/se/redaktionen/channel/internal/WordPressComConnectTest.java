package se.redaktionen.channel.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.redaktionen.platform.ChannelKind;

/**
 * "Connect with WordPress.com": OAuth2's authorization code exchanged (as a form) for a bearer token, the
 * site chosen from those the token may use, and only the token stored, with the site's number as handle.
 */
class WordPressComConnectTest extends ConnectStubs {

    static final String TOKEN = "wpcom-bearer-token-abc123";
    static final Map<String, String> CODE = Map.of("code", "wpcom-code");

    @Test
    void connectSendsTheAdminToWordPressComsAuthorizationWithTheAppTheCallbackAndAState() throws Exception {
        long channel = data.channel(ChannelKind.WORDPRESS_COM);

        URI address = authorizeAddress(admin(), channel);

        assertThat(address.toString()).startsWith(platforms.baseUrl() + "/oauth2/authorize?");
        assertThat(query(address, "client_id")).isEqualTo(WPCOM_CLIENT_ID);
        assertThat(query(address, "redirect_uri")).isEqualTo(CALLBACKS + "wordpress-com");
        assertThat(query(address, "response_type")).isEqualTo("code");
        assertThat(query(address, "state")).matches("[A-Za-z0-9_-]{43}");
        assertThat(address.toString()).doesNotContain(WPCOM_CLIENT_SECRET);
    }

    @Test
    void aTokenForOneSiteOffersThatSiteAloneAndOnlyTheTokenIsStored() throws Exception {
        Started flow = started(ChannelKind.WORDPRESS_COM);
        // The admin picked Botkyrka's blog on WordPress.com: the token is for that site alone.
        stubTokenForTwoSites(",\"blog_id\":\"12345\",\"blog_url\":\"https://botkyrkabibliotek.wordpress.com\"");

        confirmOnly(flow.admin(), comesBack(flow, "wordpress-com", CODE)).andExpect(redirectedUrl(editPage(flow)));

        assertThat(stored(flow.channel())).containsExactlyEntriesOf(Map.of("accessToken", TOKEN));
        assertThat(channel(flow.channel()).getHandle()).isEqualTo("12345");
        platforms.verify(postRequestedFor(urlPathEqualTo("/oauth2/token"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"))
                .withFormParam("client_id", equalTo(WPCOM_CLIENT_ID))
                .withFormParam("client_secret", equalTo(WPCOM_CLIENT_SECRET))
                .withFormParam("redirect_uri", equalTo(CALLBACKS + "wordpress-com"))
                .withFormParam("code", equalTo("wpcom-code"))
                .withFormParam("grant_type", equalTo("authorization_code")));
        platforms.verify(getRequestedFor(urlPathEqualTo("/rest/v1.1/me/sites"))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN)));
    }

    @Test
    void aTokenForEverySiteLetsTheAdminChooseOne() throws Exception {
        Started flow = started(ChannelKind.WORDPRESS_COM);
        stubTokenForTwoSites("");
        String page = comesBack(flow, "wordpress-com", CODE)
                .andExpect(content().string(containsString("data-connect-option=\"12345\"")))
                .andReturn().getResponse().getContentAsString();

        choose(flow.admin(), choiceKey(page), "67890").andExpect(redirectedUrl(editPage(flow)));

        assertThat(stored(flow.channel())).containsExactlyEntriesOf(Map.of("accessToken", TOKEN));
        assertThat(channel(flow.channel()).getHandle()).isEqualTo("67890");
    }

    @Test
    void aDeniedAuthorizationSaysSoAndAsksForNoToken() throws Exception {
        Started flow = started(ChannelKind.WORDPRESS_COM);

        refusedAs(comesBack(flow, "wordpress-com", Map.of("error", "access_denied")), "channel.connect.refused.denied");
        nothingAskedNorStored(flow.channel());
    }

    @Test
    void aCodeWordPressComRefusesIsToldWithItsOwnWords() throws Exception {
        Started flow = started(ChannelKind.WORDPRESS_COM);
        platforms.stubFor(post("/oauth2/token").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"invalid_grant\",\"error_description\":\"Invalid authorization code.\"}")));

        refusedAs(comesBack(flow, "wordpress-com", CODE), "channel.connect.refused.platform")
                .andExpect(content().string(containsString("Invalid authorization code. (invalid_grant)")));
    }

    /** The token's answer ({@code blog} names its one site, if any) and the two sites the admin's account has. */
    static void stubTokenForTwoSites(String blog) {
        platforms.stubFor(post("/oauth2/token").willReturn(okJson("{\"access_token\":\"" + TOKEN
                + "\",\"token_type\":\"bearer\"" + blog + ",\"scope\":\"\"}")));
        platforms.stubFor(get(urlPathEqualTo("/rest/v1.1/me/sites")).willReturn(okJson("{\"sites\":["
                + site(12345, "Botkyrka bibliotek", "https://botkyrkabibliotek.wordpress.com") + ","
                + site(67890, "Tumba biblioteks blogg", "https://tumbabibliotek.wordpress.com") + "]}")));
    }

    static String site(long id, String name, String url) {
        return "{\"ID\":" + id + ",\"name\":\"" + name + "\",\"URL\":\"" + url + "\",\"jetpack\":false,"
                + "\"visible\":true}";
    }
}
