package se.redaktionen.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.tomakehurst.wiremock.WireMockServer;

import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.BrowserTest;
import se.redaktionen.support.TestData;

/**
 * "Anslut med Facebook" in a real browser: the button, Facebook Login (a stub that approves at once and sends
 * the browser back with a code and the state), the choice of page and the edit page that says it is
 * connected, each page checked with axe-core.
 */
class ConnectBrowserTest extends BrowserTest {

    static final WireMockServer facebook = new WireMockServer(wireMockConfig().dynamicPort());

    static {
        facebook.start();
    }

    @DynamicPropertySource
    static void facebookAtTheStub(DynamicPropertyRegistry registry) {
        registry.add("redaktionen.platforms.facebook.base-url", facebook::baseUrl);
        registry.add("redaktionen.platforms.facebook.web-url", facebook::baseUrl);
        registry.add("redaktionen.platforms.facebook.app-id", () -> "1234567890123456");
        registry.add("redaktionen.platforms.facebook.app-secret", () -> "browser-test-app-secret");
        registry.add("redaktionen.platforms.read-timeout", () -> "10s");
    }

    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminConnectsAFacebookPageByChoosingItAfterFacebookLogin() {
        // Facebook Login approves at once and sends the browser back to the address it was given.
        facebook.stubFor(get(urlPathEqualTo("/v24.0/dialog/oauth")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "{{request.query.redirect_uri}}?code=browser-code&state={{request.query.state}}")
                .withTransformers("response-template")));
        facebook.stubFor(get(urlPathEqualTo("/v24.0/oauth/access_token")).willReturn(okJson(
                "{\"access_token\":\"EAAUserToken\",\"token_type\":\"bearer\",\"expires_in\":5183944}")));
        facebook.stubFor(get(urlPathEqualTo("/v24.0/me/permissions")).willReturn(okJson("{\"data\":["
                + "{\"permission\":\"pages_manage_posts\",\"status\":\"granted\"},"
                + "{\"permission\":\"pages_read_engagement\",\"status\":\"granted\"},"
                + "{\"permission\":\"pages_manage_engagement\",\"status\":\"granted\"},"
                + "{\"permission\":\"pages_read_user_engagement\",\"status\":\"granted\"}]}")));
        facebook.stubFor(get(urlPathEqualTo("/v24.0/me/accounts")).willReturn(okJson("{\"data\":["
                + "{\"access_token\":\"EAAPageAlby\",\"name\":\"Alby bibliotek\",\"id\":\"111\",\"tasks\":[\"CREATE_CONTENT\"]},"
                + "{\"access_token\":\"EAAPageTumba\",\"name\":\"Tumba bibliotek\",\"id\":\"222\",\"tasks\":[\"CREATE_CONTENT\"]}"
                + "]}")));
        long channel = data.channel(ChannelKind.FACEBOOK_PAGE);
        logIn(data.admin());

        driver.get(url("/admin/channels/" + channel + "/edit"));
        assertNoViolations();
        driver.findElement(By.cssSelector("[data-connect-start]")).click();
        waitUntil(d -> !d.findElements(By.cssSelector("[data-connect-choice]")).isEmpty(), "the pages to choose from");
        assertNoViolations();
        driver.findElement(By.cssSelector("[data-connect-option='222']")).click();
        driver.findElement(By.cssSelector("[data-connect-choice] button[type='submit']")).click();

        waitUntil(d -> !d.findElements(By.cssSelector("[data-connected]")).isEmpty(), "the channel is connected");
        assertNoViolations();
        assertThat(jdbc.queryForObject("select handle from channel where id = ?", String.class, channel))
                .isEqualTo("222");
    }
}
