package se.redaktionen.platform.internal;

import java.time.Clock;
import java.time.Duration;

import tools.jackson.databind.json.JsonMapper;

/** The platforms' settings and HTTP calls for tests, with every platform at one stub's address. */
public final class StubPlatforms {

    private StubPlatforms() {
    }

    /** Every platform at {@code baseUrl}, connecting within two seconds and reading within {@code readTimeout}. */
    public static PlatformProperties properties(String baseUrl, Duration readTimeout) {
        return new PlatformProperties(new PlatformProperties.Twitter(baseUrl, "https://x.com"),
                new PlatformProperties.Facebook(baseUrl, "https://www.facebook.com", "v24.0"),
                new PlatformProperties.WordpressCom(baseUrl),
                Duration.ofSeconds(2), readTimeout);
    }

    /** An installation with no app registered at any platform: Connect is not offered, pasting works. */
    public static PlatformApps noApps() {
        return new PlatformApps(new PlatformApps.Facebook(null, null), new PlatformApps.Twitter(null, null),
                new PlatformApps.WordpressCom(null, null, "https://public-api.wordpress.com"));
    }

    public static PlatformHttp http(PlatformProperties properties, Clock clock) {
        return new PlatformHttp(properties, JsonMapper.builder().build(), clock);
    }
}
