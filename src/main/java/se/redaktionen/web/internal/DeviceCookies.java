package se.redaktionen.web.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

/**
 * The device cookie: the device tokens of the last few people who logged in with this browser, newest first,
 * so that colleagues sharing a computer each keep theirs. HttpOnly, SameSite=Lax, and Secure exactly when the
 * session cookie is (REDAKTIONEN_SECURE_COOKIES); it lives as long as a device token.
 */
@Component
class DeviceCookies {

    static final String NAME = "redaktionen-device";
    private static final int MAX_TOKENS = 5;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final LoginDevices devices;

    DeviceCookies(LoginDevices devices) {
        this.devices = devices;
    }

    /** The well-formed tokens in the request's device cookie; anything else in it is ignored. */
    static List<String> presented(HttpServletRequest request) {
        Cookie cookie = WebUtils.getCookie(request, NAME);
        if (cookie == null || cookie.getValue() == null) {
            return List.of();
        }
        return Arrays.stream(cookie.getValue().split("\\.", MAX_TOKENS + 1))
                .filter(TOKEN.asMatchPredicate())
                .limit(MAX_TOKENS)
                .toList();
    }

    /** After a successful login in the browser: a fresh token for this person, other people's valid ones kept. */
    void renew(HttpServletRequest request, HttpServletResponse response, String username) {
        List<String> presented = presented(request);
        List<String> hashes = presented.stream().map(LoginDevices::hash).toList();
        String fresh = devices.issue(username, hashes);
        Set<String> kept = devices.stillValid(hashes);
        String value = Stream.concat(Stream.of(fresh), presented.stream().filter(t -> kept.contains(LoginDevices.hash(t))))
                .limit(MAX_TOKENS)
                .collect(Collectors.joining("."));
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        boolean secure = request.isSecure() || request.getServletContext().getSessionCookieConfig().isSecure();
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(NAME, value)
                .path(path)
                .maxAge(LoginDevices.LIFETIME)
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax")
                .build().toString());
    }
}
