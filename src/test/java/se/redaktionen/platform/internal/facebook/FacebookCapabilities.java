package se.redaktionen.platform.internal.facebook;

import java.time.Clock;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import se.redaktionen.platform.Capability;
import se.redaktionen.platform.internal.PlatformProperties;

/** What Facebook can do, built over one Graph, for tests outside this package. */
public final class FacebookCapabilities {

    private FacebookCapabilities() {
    }

    public static List<Capability> all(PlatformProperties properties, Clock clock) {
        FacebookGraph graph = graph(properties, clock);
        return List.of(new FacebookPublisher(graph), new FacebookComments(graph), new FacebookModerator(graph),
                new FacebookAudience(graph), new FacebookConnectionTest(graph));
    }

    static FacebookGraph graph(PlatformProperties properties, Clock clock) {
        return new FacebookGraph(properties, JsonMapper.builder().build(), clock);
    }
}
