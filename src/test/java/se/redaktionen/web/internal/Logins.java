package se.redaktionen.web.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.redaktionen.support.TestData;

/** Logins by form and HTTP Basic from a chosen client address, with or without a device cookie. */
final class Logins {

    static final int ADDRESS_MAX_FAILURES = 8;
    static final String PASSWORD = TestData.PASSWORD;

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private final MockMvc mvc;

    Logins(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** An IPv4 address no other test logs in from. */
    static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10." + (n >> 16 & 0xff) + "." + (n >> 8 & 0xff) + "." + (n & 0xff);
    }

    static MockHttpServletRequestBuilder form(String username, String password, String address,
                                              String deviceCookie) {
        MockHttpServletRequestBuilder request = post("/login").param("username", username).param("password", password)
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        return deviceCookie == null ? request : request.cookie(new Cookie(DeviceCookies.NAME, deviceCookie));
    }

    static MockHttpServletRequestBuilder basic(String username, String password, String address,
                                               String deviceCookie) {
        MockHttpServletRequestBuilder request = get("/api/v1/me")
                .with(SecurityMockMvcRequestPostProcessors.httpBasic(username, password))
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        return deviceCookie == null ? request : request.cookie(new Cookie(DeviceCookies.NAME, deviceCookie));
    }

    /** Where a form login sends the browser: "/" in, "/login?error" failed, "/login?refused" address refused. */
    String formLogin(String username, String password, String address, String deviceCookie) throws Exception {
        return mvc.perform(form(username, password, address, deviceCookie)).andReturn().getResponse()
                .getRedirectedUrl();
    }

    /** Logs in from a browser without a device cookie and returns the one it is given. */
    String deviceCookieOf(String username) throws Exception {
        return deviceCookieOf(username, null);
    }

    /** Logs in from a browser with the given device cookie and returns the one it is given then. */
    String deviceCookieOf(String username, String deviceCookie) throws Exception {
        MockHttpServletResponse response = mvc.perform(form(username, PASSWORD, freshAddress(), deviceCookie))
                .andReturn().getResponse();
        return response.getCookie(DeviceCookies.NAME).getValue();
    }

    /** Five wrong passwords from an address of the attacker's own: the username is locked. */
    void lockOut(String username) throws Exception {
        String attacker = freshAddress();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            formLogin(username, "wrong-" + i, attacker, null);
        }
    }
}
