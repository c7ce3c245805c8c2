package se.redaktionen.platform.internal.facebook;

import static se.redaktionen.platform.internal.RequestKind.IDEMPOTENT;

import java.time.Clock;

import org.springframework.stereotype.Component;

import com.restfb.Parameter;
import com.restfb.Version;
import com.restfb.types.Page;

import tools.jackson.databind.json.JsonMapper;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.internal.PlainHttpGuard;
import se.redaktionen.platform.internal.PlatformProperties;

/**
 * A Facebook page through RestFB with a page access token, on the configured Graph API version and
 * address: the page's ids, its clients and its public addresses, for each capability's class.
 */
@Component
class FacebookGraph {

    private final PlatformProperties properties;
    private final JsonMapper json;
    private final Clock clock;
    private final Version version;

    FacebookGraph(PlatformProperties properties, JsonMapper json, Clock clock) {
        this.properties = properties;
        this.json = json;
        this.clock = clock;
        this.version = Version.getVersionFromString(properties.facebook().graphVersion());
    }

    FacebookClient client(ChannelAccount account) {
        String token = account.credential("pageAccessToken");
        if (token == null || token.isBlank()) {
            throw PlatformFailure.permanent(FailureCode.CREDENTIALS_MISSING, null);
        }
        PlainHttpGuard.check(account, address());
        return client(token);
    }

    /** A client with the token, or with none for calls that carry the app's own secret (the token exchange). */
    FacebookClient client(String token) {
        return new FacebookClient(token, properties, version, json, clock);
    }

    /** Where Facebook Login's dialog is: on the web, under the Graph version. */
    String dialogAddress() {
        return properties.facebook().webUrl() + "/" + properties.facebook().graphVersion() + "/dialog/oauth";
    }

    /** The page itself: {@code GET /{page-id}?fields=…}. */
    Page page(ChannelAccount account, String fields) {
        FacebookClient client = client(account);
        return client.call(IDEMPOTENT, () -> client.facebook.fetchObject(pageId(account), Page.class,
                Parameter.with("fields", fields)));
    }

    /** Where the credentials go. */
    String address() {
        return properties.facebook().baseUrl();
    }

    /** The public address of a post or comment Graph gave no permalink for. */
    String webUrl(String id) {
        return properties.facebook().webUrl() + "/" + id;
    }

    Clock clock() {
        return clock;
    }

    static String pageId(ChannelAccount account) {
        String handle = account.handle() == null ? "" : account.handle().strip();
        if (handle.isEmpty() || !handle.matches("[A-Za-z0-9._-]+")) {
            throw PlatformFailure.permanent(FailureCode.NOT_FOUND, "the channel has no page id");
        }
        return handle;
    }

    /** Graph ids: digits, a post's or comment's joined by an underscore. */
    static String objectId(String platformId) {
        String id = platformId == null ? "" : platformId.strip();
        if (!id.matches("[0-9]+(_[0-9]+)*")) {
            throw PlatformFailure.permanent(FailureCode.NOT_FOUND, "no Facebook id: " + platformId);
        }
        return id;
    }

    /** Whether an author id is the page itself: its handle if that is the numeric id, else asked once. */
    static final class PageIdentity {

        private final FacebookClient client;
        private final ChannelAccount account;
        private String id;

        PageIdentity(FacebookClient client, ChannelAccount account) {
            this.client = client;
            this.account = account;
        }

        boolean is(String authorId) {
            if (authorId == null || authorId.isEmpty()) {
                return false;
            }
            if (id == null) {
                String handle = pageId(account);
                id = handle.matches("[0-9]+") ? handle
                        : client.graph(handle, Parameter.with("fields", "id")).path("id").asString(handle);
            }
            return id.equals(authorId);
        }
    }
}
