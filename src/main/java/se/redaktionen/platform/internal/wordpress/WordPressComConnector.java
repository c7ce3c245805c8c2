package se.redaktionen.platform.internal.wordpress;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import tools.jackson.databind.JsonNode;

import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.ConnectStart;
import se.redaktionen.platform.ConnectableAccount;
import se.redaktionen.platform.Connector;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.internal.AuthorizationCode;
import se.redaktionen.platform.internal.PlatformApps;
import se.redaktionen.platform.internal.PlatformHttp;
import se.redaktionen.platform.internal.PlatformProperties;
import se.redaktionen.platform.internal.RequestKind;

/**
 * "Connect with WordPress.com": OAuth2's authorization code at {@code /oauth2/authorize}, exchanged at
 * {@code /oauth2/token} for a bearer token, and the sites it may use from {@code GET /rest/v1.1/me/sites}.
 * The token is per site by default (the admin picks the site on WordPress.com, and the token's answer names
 * it as {@code blog_id}); only that site is offered then. The site's number becomes the channel's handle: it
 * stays right when the site's domain changes.
 */
@Component
class WordPressComConnector implements Connector {

    private final PlatformHttp http;
    private final PlatformProperties properties;
    private final PlatformApps.WordpressCom app;

    WordPressComConnector(PlatformHttp http, PlatformProperties properties, PlatformApps apps) {
        this.http = http;
        this.properties = properties;
        this.app = apps.wordpressCom();
    }

    @Override
    public Set<ChannelKind> kinds() {
        return Set.of(ChannelKind.WORDPRESS_COM);
    }

    @Override
    public boolean configured() {
        return app.configured();
    }

    @Override
    public ConnectStart start(String state, String callback) {
        String endpoint = app.authorizeUrl().replaceAll("/+$", "") + "/oauth2/authorize";
        return new ConnectStart(AuthorizationCode.request(endpoint, app.clientId(), callback, state, Map.of()), state,
                Map.of());
    }

    /** WordPress.com comes back with {@code error=access_denied} when the admin denies. */
    @Override
    public boolean refused(Map<String, String> parameters) {
        return AuthorizationCode.refused(parameters);
    }

    @Override
    public List<ConnectableAccount> finish(ConnectStart started, Map<String, String> parameters, String callback) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("client_id", app.clientId());
        form.add("client_secret", app.clientSecret());
        form.add("redirect_uri", callback);
        form.add("code", parameters.get("code"));
        form.add("grant_type", "authorization_code");
        String api = properties.wordpressCom().base();
        JsonNode token = http.call(HttpMethod.POST, URI.create(api + "/oauth2/token"), headers -> { }, form,
                RequestKind.IDEMPOTENT, WordPressComConnector::errorText);
        String accessToken = token.path("access_token").asString("");
        if (accessToken.isEmpty()) {
            throw PlatformFailure.permanent(FailureCode.UNEXPECTED_RESPONSE, "no access_token");
        }
        String blog = token.path("blog_id").asString("");
        JsonNode sites = http.call(HttpMethod.GET, URI.create(api + "/rest/v1.1/me/sites?fields=ID,name,URL"),
                headers -> headers.setBearerAuth(accessToken), null, RequestKind.IDEMPOTENT,
                WordPressComConnector::errorText);
        List<ConnectableAccount> accounts = new ArrayList<>();
        for (JsonNode site : sites.path("sites")) {
            String id = site.path("ID").asString("");
            if (!id.isEmpty() && (blog.isEmpty() || blog.equals(id))) {
                accounts.add(account(id, site.path("name").asString(""), site.path("URL").asString(""), accessToken));
            }
        }
        if (accounts.isEmpty() && !blog.isEmpty()) {
            accounts.add(account(blog, "", token.path("blog_url").asString(""), accessToken));
        }
        return accounts;
    }

    private static ConnectableAccount account(String id, String name, String url, String accessToken) {
        String shown = String.join(" – ", Stream.of(name, url).filter(part -> !part.isBlank()).toList());
        return new ConnectableAccount(id, shown, Map.of("accessToken", accessToken));
    }

    /** OAuth2's {@code {"error","error_description"}}, or the REST API's {@code {"error","message"}}. */
    static String errorText(JsonNode error) {
        String words = error.path("error_description").asString(error.path("message").asString(""));
        String code = error.path("error").asString("");
        return code.isEmpty() ? words : words.isEmpty() ? code : words + " (" + code + ")";
    }
}
