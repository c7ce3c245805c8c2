package se.redaktionen.platform.internal.x;

import java.util.List;

import se.redaktionen.platform.Capability;
import se.redaktionen.platform.internal.PlatformHttp;
import se.redaktionen.platform.internal.PlatformProperties;
import se.redaktionen.platform.internal.StubPlatforms;

/** What X can do, built over one client, for tests outside this package. */
public final class XCapabilities {

    private XCapabilities() {
    }

    public static List<Capability> all(PlatformHttp http, PlatformProperties properties) {
        XClient client = new XClient(http, properties, StubPlatforms.noApps());
        return List.of(new XPublisher(client), new XMentions(client), new XModerator(client), new XAudience(client),
                new XConnectionTest(client));
    }
}
