package se.redaktionen.platform.internal.wordpress;

import java.util.List;

import se.redaktionen.platform.Capability;
import se.redaktionen.platform.internal.PlatformHttp;
import se.redaktionen.platform.internal.PlatformProperties;

/** What WordPress can do, self-hosted and on WordPress.com, built over one client, for tests outside this package. */
public final class WordPressCapabilities {

    private WordPressCapabilities() {
    }

    public static List<Capability> all(PlatformHttp http, PlatformProperties properties) {
        WordPressClient client = new WordPressClient(http, properties);
        return List.of(new WordPressPublisher(client), new WordPressCommentReader(client),
                new WordPressModerator(client), new WordPressConnectionTest(client));
    }
}
