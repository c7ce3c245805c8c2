package se.redaktionen.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.web.internal.Logins.ADDRESS_MAX_FAILURES;
import static se.redaktionen.web.internal.Logins.PASSWORD;
import static se.redaktionen.web.internal.Logins.freshAddress;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.support.TestData;

/**
 * One client address cannot lock many usernames: after {@link Logins#ADDRESS_MAX_FAILURES} failed logins from
 * it, whatever the usernames, the address is refused for a while, with a message saying so.
 */
@LoginLimitTest
class AddressLimitTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @LocalServerPort
    int port;

    private Logins logins;

    @BeforeEach
    void setUp() {
        logins = new Logins(mvc);
    }

    @Test
    void failuresForManyUsernamesFromOneAddressRefuseThatAddressForEveryone() throws Exception {
        String address = freshAddress();
        failForManyUsernames(address);

        assertThat(logins.formLogin(newPerson(), PASSWORD, address, null)).isEqualTo("/login?refused");
    }

    @Test
    void oneFailureFewerDoesNotRefuseTheAddress() throws Exception {
        String address = freshAddress();
        for (int i = 0; i < ADDRESS_MAX_FAILURES - 1; i++) {
            logins.formLogin("finns-inte-" + i + "-" + System.nanoTime(), "wrong", address, null);
        }

        assertThat(logins.formLogin(newPerson(), PASSWORD, address, null)).isEqualTo("/");
    }

    @Test
    void anotherAddressIsNotRefused() throws Exception {
        failForManyUsernames(freshAddress());

        assertThat(logins.formLogin(newPerson(), PASSWORD, freshAddress(), null)).isEqualTo("/");
    }

    @Test
    void triesAtALockedUsernameCountAgainstTheAddress() throws Exception {
        String locked = newPerson();
        logins.lockOut(locked);
        String address = freshAddress();
        for (int i = 0; i < ADDRESS_MAX_FAILURES; i++) {
            logins.formLogin(locked, PASSWORD, address, null);
        }

        assertThat(logins.formLogin(newPerson(), PASSWORD, address, null)).isEqualTo("/login?refused");
    }

    @Test
    void aRefusedAddressStillLetsInSomeoneWithTheirDeviceCookie() throws Exception {
        String owner = newPerson();
        String cookie = logins.deviceCookieOf(owner);
        String address = freshAddress();
        failForManyUsernames(address);

        assertThat(logins.formLogin(owner, PASSWORD, address, cookie)).isEqualTo("/");
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() throws Exception {
        for (int i = 0; i < ADDRESS_MAX_FAILURES; i++) {
            logins.formLogin("finns-inte-" + i + "-" + System.nanoTime(), "wrong", "2001:db8:5:7::" + (i + 1), null);
        }

        assertThat(logins.formLogin(newPerson(), PASSWORD, "2001:db8:5:7:ffff::1", null)).isEqualTo("/login?refused");
        assertThat(logins.formLogin(newPerson(), PASSWORD, "2001:db8:5:8::1", null)).isEqualTo("/");
    }

    @Test
    void theRefusalIsShownOnTheLoginPageInSwedishAndInEnglish() throws Exception {
        mvc.perform(get("/login").param("refused", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-login-refused")))
                .andExpect(content().string(Matchers.containsString(
                        "För många misslyckade inloggningar har kommit från din nätverksadress")))
                .andExpect(content().string(Matchers.containsString("i upp till 15 minuter")));
        mvc.perform(get("/login").param("refused", "").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString(
                        "Too many failed logins have come from your network address")))
                .andExpect(content().string(Matchers.containsString("for up to 15 minutes")));
    }

    @Test
    void httpBasicFromARefusedAddressIsA429ProblemInTheCallersLanguage() throws Exception {
        String address = freshAddress();
        failForManyUsernames(address);

        mvc.perform(Logins.basic(newPerson(), PASSWORD, address, null).header("Accept-Language", "en-GB,sv;q=0.5"))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", Matchers.matchesPattern("[1-9][0-9]*")))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(429))
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith(
                        "Too many failed logins have come from your network address. Try again in 1")));
        mvc.perform(Logins.basic(newPerson(), PASSWORD, address, null))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(Matchers.startsWith("För många misslyckade inloggningar")));
    }

    /** Behind a reverse proxy every request comes from the proxy; the client is the one it forwards for. */
    @Test
    void behindATrustedProxyTheForwardedClientAddressIsCounted() throws Exception {
        String refused = freshAddress();
        for (int i = 0; i < ADDRESS_MAX_FAILURES; i++) {
            basicThroughProxy("finns-inte-" + i + "-" + System.nanoTime(), "wrong", refused);
        }

        assertThat(basicThroughProxy(newPerson(), PASSWORD, refused)).isEqualTo(429);
        assertThat(basicThroughProxy(newPerson(), PASSWORD, freshAddress())).isEqualTo(200);
    }

    private void failForManyUsernames(String address) throws Exception {
        for (int i = 0; i < ADDRESS_MAX_FAILURES; i++) {
            assertThat(logins.formLogin(newPerson(), "wrong", address, null)).isEqualTo("/login?error");
        }
    }

    /** HTTP Basic on the running server, as a proxy on this machine (a trusted one) forwards it. */
    private int basicThroughProxy(String username, String password, String clientAddress) throws Exception {
        String credentials = Base64.getEncoder().encodeToString((username + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Basic " + credentials)
                .header("X-Forwarded-For", clientAddress)
                .GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String newPerson() {
        return data.staff().getUsername();
    }
}
