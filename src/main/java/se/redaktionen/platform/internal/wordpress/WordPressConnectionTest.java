package se.redaktionen.platform.internal.wordpress;

import static se.redaktionen.platform.internal.RequestKind.IDEMPOTENT;
import static se.redaktionen.platform.internal.wordpress.WordPressClient.endpoint;
import static se.redaktionen.platform.internal.wordpress.WordPressClient.site;

import java.net.URI;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ConnectionTest;

/** The user the application password belongs to: {@code GET /wp-json/wp/v2/users/me}. */
@Component
class WordPressConnectionTest extends WordPressCapability implements ConnectionTest {

    WordPressConnectionTest(WordPressClient wp) {
        super(wp);
    }

    @Override
    public String testConnection(ChannelAccount account) {
        URI uri = endpoint(account, "/wp-json/wp/v2/users/me").queryParam("context", "edit").build().toUri();
        JsonNode me = wp.call(account, HttpMethod.GET, uri, null, IDEMPOTENT);
        return me.path("name").asString("?") + " (" + site(account) + ")";
    }

    @Override
    public String address(ChannelAccount account) {
        return account.handle();
    }
}
