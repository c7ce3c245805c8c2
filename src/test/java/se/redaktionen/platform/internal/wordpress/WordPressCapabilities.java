package se.redaktionen.platform.internal.wordpress;

import java.util.List;

import se.redaktionen.platform.Capability;
import se.redaktionen.platform.internal.PlatformHttp;

/** What WordPress can do, built over one client, for tests outside this package. */
public final class WordPressCapabilities {

    private WordPressCapabilities() {
    }

    public static List<Capability> all(PlatformHttp http) {
        WordPressClient client = new WordPressClient(http);
        return List.of(new WordPressPublisher(client), new WordPressCommentReader(client),
                new WordPressModerator(client), new WordPressConnectionTest(client));
    }
}
