package se.redaktionen.platform.internal.x;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ConnectionTest;

/** The account the credentials reach: {@code GET /2/users/me}. */
@Component
class XConnectionTest extends XCapability implements ConnectionTest {

    XConnectionTest(XClient x) {
        super(x);
    }

    @Override
    public String testConnection(ChannelAccount account) {
        JsonNode data = x.me(account).path("data");
        return "@" + data.path("username").asString("?") + " (" + data.path("name").asString("") + ")";
    }

    @Override
    public String address(ChannelAccount account) {
        return x.baseUrl();
    }
}
