package se.redaktionen.platform.internal.wordpress;

import static se.redaktionen.platform.internal.RequestKind.IDEMPOTENT;

import java.net.URI;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ConnectionTest;

/** The user the credentials sign in as, on the blog: {@code GET …/users/me}. */
@Component
class WordPressConnectionTest extends WordPressCapability implements ConnectionTest {

    WordPressConnectionTest(WordPressClient wp) {
        super(wp);
    }

    @Override
    public String testConnection(ChannelAccount account) {
        URI uri = wp.endpoint(account, "/users/me").queryParam("context", "edit").build().toUri();
        JsonNode me = wp.call(account, HttpMethod.GET, uri, null, IDEMPOTENT);
        return me.path("name").asString("?") + " (" + wp.site(account) + ")";
    }

    @Override
    public String address(ChannelAccount account) {
        return wp.address(account);
    }
}
