package se.redaktionen.platform.internal.wordpress;

import java.net.URI;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.internal.HttpOutcomes;
import se.redaktionen.platform.internal.PlainHttpGuard;
import se.redaktionen.platform.internal.PlatformHttp;
import se.redaktionen.platform.internal.PlatformProperties;
import se.redaktionen.platform.internal.RequestKind;

/**
 * A WordPress blog through its REST API, self-hosted or on WordPress.com (see {@link WordPressSite}).
 * Comments are read, answered and moderated as the signed-in user, who must be allowed to moderate
 * comments (the Editor or Administrator role).
 */
@Component
class WordPressClient {

    static final String COMMENTS = "/comments";

    /** WordPress.com's words for a token it does not take, whatever the status it sends them with. */
    private static final Set<String> TOKEN_REFUSED = Set.of("invalid_token", "authorization_required");

    private final PlatformHttp http;
    private final PlatformProperties properties;

    WordPressClient(PlatformHttp http, PlatformProperties properties) {
        this.http = http;
        this.properties = properties;
    }

    JsonNode call(ChannelAccount account, HttpMethod method, URI uri, Object body, RequestKind kind) {
        WordPressSite site = WordPressSite.of(account);
        return tokenRefusedSaidSo(() -> http.call(method, uri, site.auth(account), body, kind,
                WordPressClient::errorText));
    }

    /** As {@link #call}, keeping the answer's headers (the number of pages). */
    PlatformHttp.Answer exchange(ChannelAccount account, HttpMethod method, URI uri, RequestKind kind) {
        WordPressSite site = WordPressSite.of(account);
        return tokenRefusedSaidSo(() -> http.exchange(method, uri, site.auth(account), null, kind,
                WordPressClient::errorText));
    }

    PlatformHttp http() {
        return http;
    }

    /** A route below the blog's REST API root, such as {@code /posts}; every call starts from here. */
    UriComponentsBuilder endpoint(ChannelAccount account, String route) {
        WordPressSite site = WordPressSite.of(account);
        // Every call carries the credentials: refused here, before any connection, over plain http.
        PlainHttpGuard.check(account, site.address(account, properties));
        return UriComponentsBuilder.fromUriString(site.root(account, properties)).path(route);
    }

    /** The site as the connection test names it. */
    String site(ChannelAccount account) {
        return WordPressSite.of(account).site(account);
    }

    /** Where the account's credentials go. */
    String address(ChannelAccount account) {
        return WordPressSite.of(account).address(account, properties);
    }

    static String commentId(String platformId) {
        String id = platformId == null ? "" : platformId.strip();
        if (!id.matches("\\d{1,19}")) {
            throw PlatformFailure.permanent(FailureCode.NOT_FOUND, "no WordPress comment id: " + platformId);
        }
        return id;
    }

    /** Whether the platform's answer gave this error code (see {@link #errorText}). */
    static boolean said(PlatformFailure failure, String code) {
        return failure.platformMessage() != null && failure.platformMessage().endsWith("(" + code + ")");
    }

    /**
     * A self-hosted blog, and WordPress.com on most {@code wp/v2} routes, answer
     * {@code {"code","message","data":{"status"}}}; WordPress.com's own layer answers
     * {@code {"error","message"}} (an unknown site, a token it does not take). Either way: the message
     * and, in brackets, the code.
     */
    static String errorText(JsonNode error) {
        JsonNode named = error.path("error").isString() ? error.path("error") : error.path("code");
        String code = named.isString() ? named.asString() : "";
        String message = HtmlUtils.htmlUnescape(error.path("message").asString(""));
        return code.isEmpty() ? message : message + " (" + code + ")";
    }

    /**
     * WordPress.com refuses an expired or revoked token by its words, not always with a 401: said so,
     * it is an invalid token, and nothing was stored.
     */
    private static <T> T tokenRefusedSaidSo(Supplier<T> call) {
        try {
            return call.get();
        } catch (PlatformFailure failure) {
            if (failure.code() != FailureCode.TOKEN_INVALID && TOKEN_REFUSED.stream().anyMatch(c -> said(failure, c))) {
                throw HttpOutcomes.fail(PlatformFailure.Kind.PERMANENT, FailureCode.TOKEN_INVALID, failure.detail(),
                        null, failure.httpStatus());
            }
            throw failure;
        }
    }
}
