package se.redaktionen.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.NestedTestConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.servlet.FlashMap;

import com.jayway.jsonpath.JsonPath;

import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.support.PostgresServerTest;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

@PostgresTest
class ApiAuthenticationTest {

    private static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    @Test
    void basicAuthenticationWithTheRightPasswordReturnsWhoYouAre() throws Exception {
        BranchSummary branch = data.branch();
        StaffUser staff = data.person(Role.STAFF, branch);

        mvc.perform(get("/api/v1/me").with(httpBasic(staff.getUsername(), PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().json("{\"username\":\"" + staff.getUsername() + "\",\"displayName\":\""
                        + staff.getDisplayName() + "\",\"role\":\"STAFF\",\"branch\":\"" + branch.name() + "\"}",
                        true));
    }

    @Test
    void aWrongPasswordIsAProblemDocumentNotARedirect() throws Exception {
        String username = newPerson();

        expectUnauthorized(mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong-password"))))
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.containsString("Basic")));
    }

    @Test
    void anUnknownUsernameGetsExactlyTheAnswerOfAWrongPassword() throws Exception {
        String username = newPerson();

        MockHttpServletResponse wrongPassword = mvc.perform(get("/api/v1/me")
                .with(httpBasic(username, "wrong-password"))).andReturn().getResponse();
        MockHttpServletResponse unknownUser = mvc.perform(get("/api/v1/me")
                .with(httpBasic("finns-inte-" + System.nanoTime(), "wrong-password"))).andReturn().getResponse();

        assertThat(wrongPassword.getStatus()).isEqualTo(401);
        assertThat(unknownUser.getStatus()).isEqualTo(wrongPassword.getStatus());
        assertThat(unknownUser.getContentType()).isEqualTo(wrongPassword.getContentType());
        assertThat(unknownUser.getHeader("WWW-Authenticate")).isEqualTo(wrongPassword.getHeader("WWW-Authenticate"));
        assertThat(unknownUser.getContentAsString()).isEqualTo(wrongPassword.getContentAsString());
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
                        .with(as(data.staff())))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    @Test
    void anUnknownTokenIsRefused() throws Exception {
        expectUnauthorized(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer rdk_not-a-real-token")));
    }

    @Test
    void aTokenCreatedOnTheProfileIsShownOnceAndStoredOnlyAsAHash() throws Exception {
        StaffUser person = data.staff();
        String username = person.getUsername();

        FlashMap flash = mvc.perform(post("/profile/tokens").with(csrf())
                        .with(as(person)).param("name", "Skriptet"))
                .andExpect(redirectedUrl("/profile/tokens"))
                .andReturn().getFlashMap();
        String token = (String) flash.get("newToken");

        assertThat(token).startsWith("rdk_").hasSizeGreaterThan(40);
        mvc.perform(get("/profile/tokens").flashAttrs(flash).with(as(person)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(token)));
        mvc.perform(get("/profile/tokens").with(as(person)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Skriptet")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(token))));
        Map<String, Object> row = jdbc.queryForMap("select * from api_token where person_id = ?", personId(username));
        assertThat(row.get("token_hash")).isEqualTo(ApiTokens.hash(token)).isNotEqualTo(token);
        assertThat(row.values()).noneMatch(v -> v != null && v.toString().contains(token));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username));
    }

    @Test
    void aBrowserSessionDoesNotAuthenticateTheApiWhichHasNoCsrfProtection() throws Exception {
        String username = newPerson();
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin().user(username).password(PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession(false);
        mvc.perform(get("/profile").session(session)).andExpect(status().isOk());

        expectUnauthorized(mvc.perform(get("/api/v1/me").session(session)));
    }

    @Test
    void aDeactivatedPersonsTokenAndPasswordStopWorking() throws Exception {
        String username = newPerson();
        String token = tokens.create(personId(username), "before leaving");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());

        mvc.perform(post("/admin/people/{id}/deactivate", personId(username)).with(csrf())
                        .with(as(data.admin())))
                .andExpect(redirectedUrl("/admin/people"));

        expectUnauthorized(mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)));
        expectUnauthorized(mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))));
    }

    @Test
    void aOneTimePasswordFromAnAdminOpensNothingInTheApiUntilChangedInTheBrowser() throws Exception {
        String username = newPerson();
        String token = tokens.create(personId(username), "before the reset");
        jdbc.update("update person set must_change_password = true where username = ?", username);

        mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(httpBasic(username, PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void fiveWrongPasswordsLockTheUsernameEvenForTheRightPassword() throws Exception {
        String username = newPerson();
        for (int i = 0; i < 5; i++) {
            expectUnauthorized(mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong-" + i))));
        }

        expectUnauthorized(mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))));
    }

    @Test
    void aLockEarnedThroughTheApiAlsoHoldsOnTheLoginForm() throws Exception {
        String username = newPerson();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong-" + i)));
        }

        mvc.perform(formLogin().user(username).password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aLockEarnedOnTheLoginFormAlsoHoldsOnTheApi() throws Exception {
        String username = newPerson();
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin().user(username).password("wrong-" + i)).andExpect(redirectedUrl("/login?error"));
        }

        expectUnauthorized(mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))));
    }

    @Test
    void changingTheCaseOfTheUsernameDoesNotEscapeTheLock() throws Exception {
        String username = newPerson();
        for (int i = 0; i < 5; i++) {
            String variant = i % 2 == 0 ? username.toUpperCase(Locale.ROOT) : " " + username;
            mvc.perform(get("/api/v1/me").with(httpBasic(variant, "wrong-" + i)));
        }

        expectUnauthorized(mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))));
    }

    @Test
    void theLockLastsFifteenMinutes() throws Exception {
        String username = newPerson();
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(username, "wrong-" + i)));
        }

        Double minutes = jdbc.queryForObject("select extract(epoch from locked_until - now()) / 60 "
                + "from login_throttle where username = ?", Double.class, username);
        // 15 minutes from the last failure, give or take the clocks of the JVM and the database server.
        assertThat(minutes).isBetween(14.0, 15.5);
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

        expectUnauthorized(mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))));

        jdbc.update("update login_throttle set locked_until = now() - interval '1 second', "
                + "last_failure_at = now() - interval '16 minutes' where username = ?", username);

        mvc.perform(get("/api/v1/me").with(httpBasic(username, PASSWORD))).andExpect(status().isOk());
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
        mvc.perform(get("/actuator/metrics").with(httpBasic(data.editor().getUsername(), PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/actuator/metrics").with(httpBasic(data.admin().getUsername(), PASSWORD)))
                .andExpect(status().isOk());
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }

    /**
     * MockMvc does not forward to the error page as a servlet container does, so what an API client
     * really receives for a path that does not exist is checked on a running server. (JUnit injects the
     * enclosing test instance from this context too, hence MockMvc here as well.)
     */
    @Nested
    @NestedTestConfiguration(NestedTestConfiguration.EnclosingConfiguration.OVERRIDE)
    @PostgresServerTest
    class OnARunningServer {

        @LocalServerPort
        int port;
        @Autowired
        TestData serverData;

        @Test
        void anUnknownApiPathIsAProblemDocument404ForAnAuthenticatedCaller() throws Exception {
            String basic = Base64.getEncoder().encodeToString((serverData.staff().getUsername() + ":" + PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/nope"))
                    .header("Authorization", "Basic " + basic)
                    .header("Accept", "application/json")
                    .GET().build();

            HttpResponse<String> response = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                    .build().send(request, HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
            assertThat((Integer) JsonPath.read(response.body(), "$.status")).isEqualTo(404);
            assertThat((String) JsonPath.read(response.body(), "$.instance")).isEqualTo("/api/v1/nope");
            assertThat((String) JsonPath.read(response.body(), "$.title")).isEqualTo("Not Found");
            assertThat(response.body()).doesNotContain("Exception", "trace");
        }
    }

    private ResultActions expectUnauthorized(ResultActions result) throws Exception {
        return result.andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    /** Someone of this test's own, so that locks and revocations touch nobody else. */
    private String newPerson() {
        return data.staff().getUsername();
    }

    private long personId(String username) {
        return jdbc.queryForObject("select id from person where username = ?", Long.class, username);
    }
}
