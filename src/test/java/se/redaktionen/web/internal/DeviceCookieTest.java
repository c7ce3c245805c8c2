package se.redaktionen.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static se.redaktionen.web.internal.Logins.PASSWORD;
import static se.redaktionen.web.internal.Logins.freshAddress;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockCookie;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.support.TestData;

/**
 * Anyone can lock a username with five wrong passwords; the owner still gets in from a browser where they
 * logged in before, because its device cookie exempts it from the username lock (OWASP's device cookies).
 */
@LoginLimitTest
class DeviceCookieTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    private Logins logins;

    @BeforeEach
    void setUp() {
        logins = new Logins(mvc);
    }

    @Test
    void theOwnerGetsInWithTheirDeviceCookieWhileTheirUsernameIsLocked() throws Exception {
        String owner = newPerson();
        String cookie = logins.deviceCookieOf(owner);

        logins.lockOut(owner);

        assertThat(logins.formLogin(owner, PASSWORD, freshAddress(), cookie)).isEqualTo("/");
    }

    @Test
    void withoutTheDeviceCookieTheLockedUsernameStaysLockedEvenForTheRightPassword() throws Exception {
        String owner = newPerson();
        logins.deviceCookieOf(owner);

        logins.lockOut(owner);

        assertThat(logins.formLogin(owner, PASSWORD, freshAddress(), null)).isEqualTo("/login?error");
    }

    @Test
    void theDeviceCookieStillNeedsTheRightPassword() throws Exception {
        String owner = newPerson();
        String cookie = logins.deviceCookieOf(owner);

        logins.lockOut(owner);

        assertThat(logins.formLogin(owner, "wrong", freshAddress(), cookie)).isEqualTo("/login?error");
    }

    @Test
    void anotherPersonsDeviceCookieIsNotExempt() throws Exception {
        String owner = newPerson();
        String colleaguesCookie = logins.deviceCookieOf(newPerson());

        logins.lockOut(owner);

        assertThat(logins.formLogin(owner, PASSWORD, freshAddress(), colleaguesCookie)).isEqualTo("/login?error");
    }

    @Test
    void aForgedDeviceCookieIsNotExempt() throws Exception {
        String owner = newPerson();
        String cookie = logins.deviceCookieOf(owner);
        String forged = (cookie.charAt(0) == 'A' ? "B" : "A") + cookie.substring(1);

        logins.lockOut(owner);

        assertThat(logins.formLogin(owner, PASSWORD, freshAddress(), forged)).isEqualTo("/login?error");
    }

    @Test
    void failuresWithTheDeviceCookieCountAgainstItAndNotAgainstTheUsername() throws Exception {
        String owner = newPerson();
        String cookie = logins.deviceCookieOf(owner);

        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            assertThat(logins.formLogin(owner, "wrong-" + i, freshAddress(), cookie)).isEqualTo("/login?error");
        }

        assertThat(jdbc.queryForObject("select count(*) from login_throttle where username = ?", Integer.class,
                owner)).isZero();
        assertThat(jdbc.queryForObject("select failures from login_device where username = ?", Integer.class,
                owner)).isEqualTo(LoginThrottle.MAX_FAILURES - 1);
    }

    @Test
    void aDeviceCookieThatFailsFiveTimesIsRevokedAndNoLongerExempt() throws Exception {
        String owner = newPerson();
        String cookie = logins.deviceCookieOf(owner);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            logins.formLogin(owner, "wrong-" + i, freshAddress(), cookie);
        }

        logins.lockOut(owner);

        assertThat(jdbc.queryForObject("select count(*) from login_device where username = ?", Integer.class,
                owner)).isZero();
        assertThat(logins.formLogin(owner, PASSWORD, freshAddress(), cookie)).isEqualTo("/login?error");
    }

    @Test
    void theDeviceCookieExemptsHttpBasicFromTheUsernameLockToo() throws Exception {
        String owner = newPerson();
        String cookie = logins.deviceCookieOf(owner);

        logins.lockOut(owner);

        assertThat(mvc.perform(Logins.basic(owner, PASSWORD, freshAddress(), cookie)).andReturn().getResponse()
                .getStatus()).isEqualTo(200);
        assertThat(mvc.perform(Logins.basic(owner, PASSWORD, freshAddress(), null)).andReturn().getResponse()
                .getStatus()).isEqualTo(401);
    }

    @Test
    void colleaguesSharingABrowserEachKeepTheirDeviceToken() throws Exception {
        String first = newPerson();
        String second = newPerson();
        String shared = logins.deviceCookieOf(second, logins.deviceCookieOf(first));

        logins.lockOut(first);
        logins.lockOut(second);

        assertThat(logins.formLogin(first, PASSWORD, freshAddress(), shared)).isEqualTo("/");
        assertThat(logins.formLogin(second, PASSWORD, freshAddress(), shared)).isEqualTo("/");
    }

    @Test
    void eachLoginReplacesTheDeviceTokenWhichIsStoredOnlyAsItsHash() throws Exception {
        String owner = newPerson();
        String before = logins.deviceCookieOf(owner);
        String after = logins.deviceCookieOf(owner, before);

        assertThat(after).isNotEqualTo(before);
        assertThat(jdbc.queryForList("select token_hash from login_device where username = ?", String.class, owner))
                .containsExactly(LoginDevices.hash(after));
    }

    @Test
    void anExpiredDeviceCookieIsNotExempt() throws Exception {
        String owner = newPerson();
        String cookie = logins.deviceCookieOf(owner);
        jdbc.update("update login_device set created_at = now() - interval '366 days' where username = ?", owner);

        logins.lockOut(owner);

        assertThat(logins.formLogin(owner, PASSWORD, freshAddress(), cookie)).isEqualTo("/login?error");
    }

    @Test
    void theDeviceCookieIsHttpOnlySecureSameSiteLaxAndLastsAYear() throws Exception {
        MockCookie cookie = (MockCookie) mvc.perform(Logins.form(newPerson(), PASSWORD, freshAddress(), null))
                .andReturn().getResponse().getCookie(DeviceCookies.NAME);

        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSecure()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(Duration.ofSeconds(cookie.getMaxAge())).isEqualTo(Duration.ofDays(365));
    }

    private String newPerson() {
        return data.staff().getUsername();
    }
}
