package se.redaktionen.platform.internal.facebook;

import static se.redaktionen.platform.internal.RequestKind.IDEMPOTENT;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.restfb.AccessToken;
import com.restfb.Parameter;

import tools.jackson.databind.JsonNode;

import se.redaktionen.platform.ConnectStart;
import se.redaktionen.platform.ConnectableAccount;
import se.redaktionen.platform.Connector;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.internal.AuthorizationCode;
import se.redaktionen.platform.internal.PlatformApps;

/**
 * "Connect with Facebook": Facebook Login's authorization code for the admin, exchanged at Graph's
 * {@code /oauth/access_token} for a user token, which only lists the pages the admin manages
 * ({@code GET /me/accounts}): each page's own access token is what a channel stores. The user token is
 * used for that one call and kept nowhere.
 */
@Component
class FacebookConnector extends FacebookCapability implements Connector {

    /** What a page channel does: publish, read comments and reactions, answer and hide comments. */
    static final List<String> PERMISSIONS = List.of("pages_manage_posts", "pages_read_engagement",
            "pages_manage_engagement", "pages_read_user_engagement");

    /** Graph lists 25 pages a call by default; a library manages a handful. */
    private static final int PAGES = 100;

    private final PlatformApps.Facebook app;

    FacebookConnector(FacebookGraph graph, PlatformApps apps) {
        super(graph);
        this.app = apps.facebook();
    }

    @Override
    public boolean configured() {
        return app.configured();
    }

    @Override
    public List<String> permissions() {
        return PERMISSIONS;
    }

    @Override
    public ConnectStart start(String state, String callback) {
        return new ConnectStart(AuthorizationCode.request(graph.dialogAddress(), app.appId(), callback, state,
                Map.of("scope", String.join(",", PERMISSIONS))), state, Map.of());
    }

    /** Facebook comes back with {@code error=access_denied} (and {@code error_reason=user_denied}) when cancelled. */
    @Override
    public boolean refused(Map<String, String> parameters) {
        return AuthorizationCode.refused(parameters);
    }

    @Override
    public List<ConnectableAccount> finish(ConnectStart started, Map<String, String> parameters, String callback) {
        FacebookClient anonymous = graph.client((String) null);
        AccessToken user = anonymous.call(IDEMPOTENT, () -> anonymous.facebook.obtainUserAccessToken(app.appId(),
                app.appSecret(), callback, parameters.get("code")));
        FacebookClient asUser = graph.client(user.getAccessToken());
        refuseWithoutEveryPermission(asUser);
        JsonNode pages = asUser.graph("me/accounts", Parameter.with("fields", "id,name,access_token"),
                Parameter.with("limit", PAGES));
        List<ConnectableAccount> accounts = new ArrayList<>();
        for (JsonNode page : pages.path("data")) {
            String token = page.path("access_token").asString("");
            if (!token.isEmpty()) {
                accounts.add(new ConnectableAccount(page.path("id").asString(), page.path("name").asString(""),
                        Map.of("pageAccessToken", token)));
            }
        }
        return accounts;
    }

    /**
     * Facebook Login lets the admin untick single permissions and still comes back with a code; the page token
     * would then fail later, at the first post or comment. Refused here instead, naming what is missing.
     */
    private static void refuseWithoutEveryPermission(FacebookClient asUser) {
        Set<String> granted = new HashSet<>();
        for (JsonNode permission : asUser.graph("me/permissions").path("data")) {
            if ("granted".equals(permission.path("status").asString(""))) {
                granted.add(permission.path("permission").asString(""));
            }
        }
        List<String> missing = PERMISSIONS.stream().filter(p -> !granted.contains(p)).toList();
        if (!missing.isEmpty()) {
            throw PlatformFailure.permanent(FailureCode.PERMISSION_DENIED, String.join(", ", missing));
        }
    }
}
