package se.redaktionen.channel.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import se.redaktionen.channel.Channels;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.internal.x.OAuth1;
import se.redaktionen.support.TestData;

/**
 * "Connect with X": OAuth 1.0a's three legs with the installation's consumer key and secret, each request's
 * signature checked independently of twitter4j, and only the library account's access token and secret
 * stored: the app's key and secret stay the installation's.
 */
class XConnectTest extends ConnectStubs {

    static final String REQUEST_TOKEN = "NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0";
    static final String REQUEST_SECRET = "veNRnAWe6inFuo8o2u8SLLZLjolYDmDP7SzL0YfYI";
    static final String ACCESS_TOKEN = "7588892-kagSNqWge8gB1WwE3plnFsJHAZVfxWD7Vb57p0b4";
    static final String ACCESS_SECRET = "PbKfYqSryyeKDWz4ebtY3o5ogNLG11WJuZBc9fQrQo";

    @Autowired
    Channels channelsApi;

    @Test
    void connectAsksForARequestTokenSignedWithTheInstallationsAppAndSendsTheAdminToAuthorizeIt() throws Exception {
        stubRequestToken();
        long channel = data.channel(ChannelKind.TWITTER);

        URI address = authorizeAddress(admin(), channel);

        assertThat(address.toString()).isEqualTo(platforms.baseUrl() + "/oauth/authorize?oauth_token=" + REQUEST_TOKEN);
        LoggedRequest request = platforms.findAll(postRequestedFor(urlEqualTo("/oauth/request_token"))).get(0);
        String authorization = request.getHeader("Authorization");
        Map<String, String> oauth = OAuth1.parameters(authorization);
        assertThat(oauth).containsEntry("oauth_consumer_key", CONSUMER_KEY)
                .containsEntry("oauth_signature_method", "HMAC-SHA1")
                .doesNotContainKey("oauth_token");
        // twitter4j sends the callback as a signed form parameter (RFC 5849 allows the header or the body).
        assertThat(URLDecoder.decode(request.getBodyAsString(), StandardCharsets.UTF_8))
                .isEqualTo("oauth_callback=" + CALLBACKS + "twitter");
        assertThat(OAuth1.signatureIsValid("POST", platforms.baseUrl(), request.getUrl(), request.getBodyAsString(),
                authorization, CONSUMER_SECRET, "")).isTrue();
    }

    @Test
    void theVerifierBuysTheAccountsTokenAndSecretWhichAloneAreStoredWithItsNameAsHandle() throws Exception {
        stubRequestToken();
        stubAccessToken();
        Admin admin = admin();
        long channel = data.channel(ChannelKind.TWITTER);
        authorizeAddress(admin, channel);

        confirmOnly(admin, callback(admin, "twitter",
                Map.of("oauth_token", REQUEST_TOKEN, "oauth_verifier", "uw7NjWHT6OJ1MpJOXsHfNxoAhPKpgI8BlYDhxEjIBY")))
                .andExpect(redirectedUrl("/admin/channels/" + channel + "/edit#connect"))
                .andExpect(flash().attribute("connected", "@botkyrkabibl"));

        assertThat(stored(channel)).containsExactlyInAnyOrderEntriesOf(
                Map.of("accessToken", ACCESS_TOKEN, "accessTokenSecret", ACCESS_SECRET));
        assertThat(channel(channel).getHandle()).isEqualTo("@botkyrkabibl");
        assertThat(channelsApi.notConnected()).doesNotContain(channel);
        LoggedRequest request = platforms.findAll(postRequestedFor(urlEqualTo("/oauth/access_token"))).get(0);
        String authorization = request.getHeader("Authorization");
        assertThat(OAuth1.parameters(authorization)).containsEntry("oauth_token", REQUEST_TOKEN)
                .containsEntry("oauth_consumer_key", CONSUMER_KEY);
        assertThat(OAuth1.parameters(authorization).getOrDefault("oauth_verifier", request.getBodyAsString()))
                .contains("uw7NjWHT6OJ1MpJOXsHfNxoAhPKpgI8BlYDhxEjIBY");
        assertThat(OAuth1.signatureIsValid("POST", platforms.baseUrl(), request.getUrl(), request.getBodyAsString(),
                authorization, CONSUMER_SECRET, REQUEST_SECRET)).isTrue();
    }

    @Test
    void aConnectedChannelIsSignedWithTheInstallationsConsumerKeyAndItsOwnAccessToken() throws Exception {
        long channel = data.channel(ChannelKind.TWITTER, data.editor(), data.editor(),
                Map.of("accessToken", ACCESS_TOKEN, "accessTokenSecret", ACCESS_SECRET));
        platforms.stubFor(get(urlPathEqualTo("/2/users/me")).willReturn(okJson(
                "{\"data\":{\"id\":\"2244994945\",\"name\":\"Bibliotek\",\"username\":\"botkyrkabibl\"}}")));

        mvc.perform(MockMvcRequestBuilders.post("/admin/channels/{id}/test", channel).with(csrf())
                        .with(TestData.as(data.admin())))
                .andExpect(flash().attribute("connectionReached", "@botkyrkabibl (Bibliotek)"));

        assertThat(channelsApi.notConnected()).doesNotContain(channel);
        LoggedRequest me = platforms.findAll(getRequestedFor(urlPathEqualTo("/2/users/me"))).get(0);
        assertThat(OAuth1.parameters(me.getHeader("Authorization"))).containsEntry("oauth_consumer_key", CONSUMER_KEY)
                .containsEntry("oauth_token", ACCESS_TOKEN);
        assertThat(OAuth1.signatureIsValid("GET", platforms.baseUrl(), me.getUrl(), me.getHeader("Authorization"),
                CONSUMER_SECRET, ACCESS_SECRET)).isTrue();
    }

    @Test
    void aCancelledAuthorizationSaysSoAndAsksXForNoAccessToken() throws Exception {
        stubRequestToken();
        Admin admin = admin();
        long channel = data.channel(ChannelKind.TWITTER);
        authorizeAddress(admin, channel);
        platforms.resetRequests();

        refusedAs(callback(admin, "twitter", Map.of("denied", REQUEST_TOKEN)), "channel.connect.refused.denied");

        nothingAskedNorStored(channel);
    }

    @Test
    void aCallbackAddressXHasNotApprovedIsToldWithXsWordsAndTheAdminStaysHere() throws Exception {
        platforms.stubFor(post("/oauth/request_token").willReturn(aResponse().withStatus(403)
                .withHeader("Content-Type", "application/json; charset=utf-8")
                .withBody("{\"errors\":[{\"code\":415,\"message\":\"Callback URL not approved for this client "
                        + "application. Approved callback URLs can be adjusted in your application settings\"}]}")));
        long channel = data.channel(ChannelKind.TWITTER);

        refusedAs(connect(admin(), channel), "channel.connect.refused.platform")
                .andExpect(content().string(containsString("Callback URL not approved for this client application.")));
    }

    static void stubRequestToken() {
        platforms.stubFor(post("/oauth/request_token").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("oauth_token=" + REQUEST_TOKEN + "&oauth_token_secret=" + REQUEST_SECRET
                        + "&oauth_callback_confirmed=true")));
    }

    static void stubAccessToken() {
        platforms.stubFor(post("/oauth/access_token").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html; charset=utf-8")
                .withBody("oauth_token=" + ACCESS_TOKEN + "&oauth_token_secret=" + ACCESS_SECRET
                        + "&user_id=7588892&screen_name=botkyrkabibl")));
    }
}
