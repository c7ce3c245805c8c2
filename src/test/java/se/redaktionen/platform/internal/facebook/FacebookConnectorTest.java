package se.redaktionen.platform.internal.facebook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

import tools.jackson.databind.json.JsonMapper;

import se.redaktionen.platform.ConnectStart;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.internal.PlatformApps;
import se.redaktionen.platform.internal.StubPlatforms;

/** Graph's refusals of the authorization code, in Graph's own error document and words. */
class FacebookConnectorTest {

    @RegisterExtension
    static final WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    @Test
    void aCodeGraphRefusesIsARefusalWithGraphsOwnWords() {
        graph.stubFor(get(urlPathEqualTo("/v24.0/oauth/access_token")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"This authorization code has been used.\",\"type\":\"OAuthException\","
                        + "\"code\":100,\"error_subcode\":36009,\"fbtrace_id\":\"AbCdEf\"}}")));

        PlatformFailure failure = catchThrowableOfType(PlatformFailure.class, () -> connector().finish(
                new ConnectStart(null, "state", Map.of()), Map.of("code", "used", "state", "state"),
                "https://redaktionen.example/admin/channels/connect/callback/facebook-page"));

        assertThat(failure.code()).isEqualTo(FailureCode.REJECTED);
        assertThat(failure.platformMessage()).isEqualTo("This authorization code has been used.");
    }

    private FacebookConnector connector() {
        var properties = StubPlatforms.properties(graph.baseUrl(), Duration.ofSeconds(2));
        return new FacebookConnector(new FacebookGraph(properties, JsonMapper.builder().build(), Clock.systemUTC()),
                new PlatformApps(new PlatformApps.Facebook("1234", "secret"), new PlatformApps.Twitter(null, null),
                        new PlatformApps.WordpressCom(null, null, graph.baseUrl())));
    }
}
