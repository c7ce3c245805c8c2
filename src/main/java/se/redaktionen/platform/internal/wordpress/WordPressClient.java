package se.redaktionen.platform.internal.wordpress;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.internal.PlainHttpGuard;
import se.redaktionen.platform.internal.PlatformHttp;
import se.redaktionen.platform.internal.RequestKind;

/**
 * A WordPress blog through its REST API with an application password (HTTP Basic). The channel's
 * handle is the site address. Comments are read, answered and moderated as that user, who must be
 * allowed to moderate comments (the Editor or Administrator role).
 */
@Component
class WordPressClient {

    static final String COMMENTS = "/wp-json/wp/v2/comments";

    private final PlatformHttp http;

    WordPressClient(PlatformHttp http) {
        this.http = http;
    }

    JsonNode call(ChannelAccount account, HttpMethod method, URI uri, Object body, RequestKind kind) {
        return http.call(method, uri, auth(account), body, kind, WordPressClient::errorText);
    }

    /** As {@link #call}, keeping the answer's headers (the number of pages). */
    PlatformHttp.Answer exchange(ChannelAccount account, HttpMethod method, URI uri, RequestKind kind) {
        return http.exchange(method, uri, auth(account), null, kind, WordPressClient::errorText);
    }

    PlatformHttp http() {
        return http;
    }

    static UriComponentsBuilder endpoint(ChannelAccount account, String path) {
        return UriComponentsBuilder.fromUriString(site(account)).path(path);
    }

    static String site(ChannelAccount account) {
        String site = account.handle() == null ? "" : account.handle().strip();
        if (!site.startsWith("https://") && !site.startsWith("http://")) {
            throw PlatformFailure.permanent(FailureCode.NOT_FOUND, "the channel's address is not a web address");
        }
        // Every call carries the application password, and every call starts from here.
        PlainHttpGuard.check(account, site);
        return site.replaceAll("/+$", "");
    }

    static String commentId(String platformId) {
        String id = platformId == null ? "" : platformId.strip();
        if (!id.matches("\\d{1,19}")) {
            throw PlatformFailure.permanent(FailureCode.NOT_FOUND, "no WordPress comment id: " + platformId);
        }
        return id;
    }

    private static Consumer<HttpHeaders> auth(ChannelAccount account) {
        String username = account.credential("username");
        String password = account.credential("applicationPassword");
        if (username == null || password == null) {
            throw PlatformFailure.permanent(FailureCode.CREDENTIALS_MISSING, null);
        }
        return headers -> headers.setBasicAuth(username, password.replace(" ", ""), StandardCharsets.UTF_8);
    }

    /** WordPress answers {@code {"code","message","data":{"status"}}}. */
    static String errorText(JsonNode error) {
        String code = error.path("code").asString("");
        String message = HtmlUtils.htmlUnescape(error.path("message").asString(""));
        return code.isEmpty() ? message : message + " (" + code + ")";
    }
}
