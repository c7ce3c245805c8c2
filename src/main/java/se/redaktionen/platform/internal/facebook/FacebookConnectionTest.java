package se.redaktionen.platform.internal.facebook;

import org.springframework.stereotype.Component;

import com.restfb.types.Page;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ConnectionTest;

/** The page the token reaches: {@code GET /{page-id}?fields=id,name}. */
@Component
class FacebookConnectionTest extends FacebookCapability implements ConnectionTest {

    FacebookConnectionTest(FacebookGraph graph) {
        super(graph);
    }

    @Override
    public String testConnection(ChannelAccount account) {
        Page page = graph.page(account, "id,name");
        return page.getName() + " (" + page.getId() + ")";
    }

    @Override
    public String address(ChannelAccount account) {
        return graph.address();
    }
}
