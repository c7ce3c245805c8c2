package se.redaktionen.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.redaktionen.organisation.StaffUserDetailsService;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestPeople;

@PostgresTest
class ApiAuthenticationTest {

    private static final String PASSWORD = "api-test-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    StaffUserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    @Test
    void basicAuthenticationWithTheRightPasswordReturnsWhoYouAre() throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic("demo-staff", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"username\":\"demo-staff\",\"displayName\":\"Samir Personal\","
                        + "\"role\":\"STAFF\",\"branch\":\"Fittja\"}", true));
    }

    @Test
    void aWrongPasswordIsAProblemDocumentNotARedirect() throws Exception {
        String username = newPerson();

        expectUnauthorized(mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong-password"))))
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("Basic")));
    }

    @Test
    void noCredentialsAtAllIsAProblemDocumentNotARedirect() throws Exception {
        expectUnauthorized(mvc.perform(get("/api/v1/me").accept(MediaType.TEXT_HTML)));
    }

    @Test
    void aPersonalTokenAuthenticatesAsItsOwner() throws Exception {
        String username = newPerson();
        String token = tokens.create(personId(username), "integration");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username));
        assertThat(jdbc.queryForObject("select last_used_at is not null from api_token where person_id = ?",
                Boolean.class, personId(username))).isTrue();
    }

    @Test
    void aRevokedTokenNoLongerWorks() throws Exception {
        String username = newPerson();
        long personId = personId(username);
        String token = tokens.create(personId, "to be revoked");
        long tokenId = jdbc.queryForObject("select id from api_token where person_id = ?", Long.class, personId);

        assertThat(tokens.revoke(personId, tokenId)).isTrue();

        expectUnauthorized(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)));
    }

    @Test
    void nobodyCanRevokeSomeoneElsesToken() throws Exception {
        String owner = newPerson();
        String token = tokens.create(personId(owner), "mine");
        long tokenId = jdbc.queryForObject("select id from api_token where person_id = ?", Long.class,
                personId(owner));

        mvc.perform(post("/profile/tokens/{id}/revoke", tokenId).with(csrf())
                        .with(user(users.loadUserByUsername("demo-staff"))))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void anUnknownTokenIsRefused() throws Exception {
        expectUnauthorized(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer rdk_not-a-real-token")));
    }

    @Test
    void aTokenCreatedOnTheProfileIsShownOnceAndStoredOnlyAsAHash() throws Exception {
        String username = newPerson();

        String token = (String) mvc.perform(post("/profile/tokens").with(csrf())
                        .with(user(users.loadUserByUsername(username))).param("name", "Skriptet"))
                .andExpect(redirectedUrl("/profile/tokens"))
                .andReturn().getFlashMap().get("newToken");

        assertThat(token).startsWith("rdk_").hasSizeGreaterThan(40);
        Map<String, Object> row = jdbc.queryForMap("select * from api_token where person_id = ?", personId(username));
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(token));
        mvc.perform(get("/profile/tokens").with(user(users.loadUserByUsername(username))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Skriptet")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(token))));
    }

    @Test
    void aDeactivatedPersonsTokenAndPasswordStopWorking() throws Exception {
        String username = newPerson();
        String token = tokens.create(personId(username), "before leaving");

        jdbc.update("update person set active = false where username = ?", username);

        expectUnauthorized(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)));
        expectUnauthorized(mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))));
    }

    @Test
    void fiveWrongPasswordsLockTheUsernameEvenForTheRightPassword() throws Exception {
        String username = newPerson();
        for (int i = 0; i < 5; i++) {
            expectUnauthorized(mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong-" + i))));
        }

        expectUnauthorized(mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))));
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void fourWrongPasswordsDoNotLock() throws Exception {
        String username = newPerson();
        for (int i = 0; i < 4; i++) {
            mvc.perform(formLogin().user(username).password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void theLockLiftsAfterFifteenMinutes() throws Exception {
        String username = newPerson();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("wrong-" + i));
        }
        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));

        jdbc.update("update login_throttle set locked_until = now() - interval '1 second', "
                + "last_failure_at = now() - interval '16 minutes' where username = ?", username);

        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void anUnknownUsernameFailsExactlyLikeAWrongPasswordAndIsThrottledToo() throws Exception {
        String unknown = "finns-inte-" + System.nanoTime();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(unknown).password("x")).andExpect(redirectedUrl("/login?error"));
        }

        assertThat(jdbc.queryForObject("select locked_until is not null from login_throttle where username = ?",
                Boolean.class, unknown)).isTrue();
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() throws Exception {
        mvc.perform(get("/api/v1/openapi"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.paths['/api/v1/me'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/posts'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/posts/{id}/approve'].post").exists())
                .andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"));
    }

    @Test
    void nonHealthActuatorEndpointsAreForAdminsOnly() throws Exception {
        mvc.perform(get("/actuator/metrics").with(httpBasic("demo-editor", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/actuator/metrics").with(httpBasic("demo-admin", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    private ResultActions expectUnauthorized(ResultActions result) throws Exception {
        return result.andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    /** Someone of this test's own, so that locks and revocations touch nobody else. */
    private String newPerson() {
        return TestPeople.create(jdbc, encoder, "STAFF", PASSWORD);
    }

    private long personId(String username) {
        return TestPeople.id(jdbc, username);
    }
}
