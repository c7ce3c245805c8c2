package se.redaktionen.platform.internal.x;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import twitter4j.TwitterException;
import twitter4j.auth.AccessToken;
import twitter4j.auth.OAuthAuthorization;
import twitter4j.auth.RequestToken;
import twitter4j.conf.ConfigurationBuilder;

import se.redaktionen.platform.ConnectStart;
import se.redaktionen.platform.ConnectableAccount;
import se.redaktionen.platform.Connector;
import se.redaktionen.platform.internal.HttpOutcomes;
import se.redaktionen.platform.internal.PlatformProperties;
import se.redaktionen.platform.internal.RequestKind;

/**
 * "Connect with X": OAuth 1.0a's three legs through twitter4j with the installation's consumer key and
 * secret: a request token ({@code POST /oauth/request_token} with the callback), the admin authorizes it at
 * {@code /oauth/authorize}, and X's callback's verifier buys the account's access token and secret
 * ({@code POST /oauth/access_token}). OAuth 1.0a has no state: the request token names the flow.
 */
@Component
class XConnector extends XCapability implements Connector {

    private final PlatformProperties properties;
    private final Clock clock;

    XConnector(XClient x, PlatformProperties properties, Clock clock) {
        super(x);
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public boolean configured() {
        return x.app().configured();
    }

    @Override
    public Set<String> installationCredentials() {
        return configured() ? Set.of("consumerKey", "consumerSecret") : Set.of();
    }

    @Override
    public ConnectStart start(String state, String callback) {
        RequestToken token = call(() -> oauth().getOAuthRequestToken(callback));
        URI address = URI.create(x.baseUrl() + "/oauth/authorize?oauth_token="
                + URLEncoder.encode(token.getToken(), StandardCharsets.UTF_8));
        return new ConnectStart(address, token.getToken(), Map.of("requestTokenSecret", token.getTokenSecret()));
    }

    /** X comes back with {@code oauth_token} and {@code oauth_verifier}, or with {@code denied} when cancelled. */
    @Override
    public String flowKey(Map<String, String> parameters) {
        return parameters.containsKey("denied") ? parameters.get("denied") : parameters.get("oauth_token");
    }

    @Override
    public boolean refused(Map<String, String> parameters) {
        return parameters.containsKey("denied") || parameters.get("oauth_verifier") == null;
    }

    @Override
    public List<ConnectableAccount> finish(ConnectStart started, Map<String, String> parameters, String callback) {
        RequestToken request = new RequestToken(started.key(), started.pending().get("requestTokenSecret"));
        AccessToken token = call(() -> oauth().getOAuthAccessToken(request, parameters.get("oauth_verifier")));
        String handle = "@" + token.getScreenName();
        return List.of(new ConnectableAccount(handle, handle,
                Map.of("accessToken", token.getToken(), "accessTokenSecret", token.getTokenSecret())));
    }

    private OAuthAuthorization oauth() {
        String base = x.baseUrl();
        return new OAuthAuthorization(new ConfigurationBuilder()
                .setOAuthConsumerKey(x.app().consumerKey()).setOAuthConsumerSecret(x.app().consumerSecret())
                .setOAuthRequestTokenURL(base + "/oauth/request_token")
                .setOAuthAuthorizationURL(base + "/oauth/authorize")
                .setOAuthAccessTokenURL(base + "/oauth/access_token")
                .setHttpConnectionTimeout((int) properties.connectTimeout().toMillis())
                .setHttpReadTimeout((int) properties.readTimeout().toMillis())
                .setHttpRetryCount(0).build());
    }

    private interface TwitterCall<T> {
        T call() throws TwitterException;
    }

    /** twitter4j's failure as every platform's: what failed on the way, or X's answer with its words. */
    private <T> T call(TwitterCall<T> call) {
        try {
            return call.call();
        } catch (TwitterException e) {
            if (e.isCausedByNetworkIssue() || e.getStatusCode() < 0) {
                throw HttpOutcomes.fromIo(e, RequestKind.IDEMPOTENT);
            }
            throw HttpOutcomes.fromStatus(e.getStatusCode(), new HttpHeaders(), e.getErrorMessage(),
                    RequestKind.IDEMPOTENT, clock.instant());
        }
    }
}
