package se.redaktionen.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import se.redaktionen.platform.internal.PlatformHttp;
import se.redaktionen.platform.internal.PlatformProperties;
import se.redaktionen.platform.internal.StubPlatforms;
import se.redaktionen.platform.internal.facebook.FacebookCapabilities;
import se.redaktionen.platform.internal.wordpress.WordPressCapabilities;
import se.redaktionen.platform.internal.x.XCapabilities;

/** A {@link Platforms} built by hand: the real platforms pointed at a stub, or capabilities a test makes up. */
public final class TestPlatforms {

    private TestPlatforms() {
    }

    /**
     * X, Facebook and WordPress.com at {@code baseUrl} (a self-hosted blog's address is its channel's), reading
     * within two seconds.
     */
    public static Platforms at(String baseUrl, Clock clock) {
        return at(baseUrl, clock, Duration.ofSeconds(2));
    }

    /** As {@link #at(String, Clock)}, reading within {@code readTimeout}. */
    public static Platforms at(String baseUrl, Clock clock, Duration readTimeout) {
        PlatformProperties properties = StubPlatforms.properties(baseUrl, readTimeout);
        PlatformHttp http = StubPlatforms.http(properties, clock);
        List<Capability> all = new ArrayList<>(XCapabilities.all(http, properties));
        all.addAll(FacebookCapabilities.all(properties, clock));
        all.addAll(WordPressCapabilities.all(http, properties));
        return of(all);
    }

    public static Platforms of(List<? extends Capability> capabilities) {
        return new Platforms(only(capabilities, Publisher.class), only(capabilities, ResponseReader.class),
                only(capabilities, Moderator.class), only(capabilities, AudienceReader.class),
                only(capabilities, ConnectionTest.class), only(capabilities, Connector.class));
    }

    private static <C> List<C> only(List<? extends Capability> capabilities, Class<C> type) {
        return capabilities.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
