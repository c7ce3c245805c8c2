package se.redaktionen.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static se.redaktionen.support.TestData.as;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * Every route against anonymous, STAFF, EDITOR and ADMIN. A new route must get a row here:
 * {@link #everyControllerRouteOfTheApplicationIsInTheMatrix} fails for any controller mapping the table
 * does not list, and {@link #everyRowOfTheMatrixIsARouteOfTheApplication} for a row left behind when a
 * route goes.
 */
@PostgresTest
class RouteRoleMatrixTest {

    /** Who may use a route: anyone, anyone signed in, or a role and those above it. */
    enum Access {
        PUBLIC, AUTHENTICATED, STAFF, EDITOR, ADMIN
    }

    /** Who is asking: nobody, or someone the matrix made with the role. */
    enum Caller {
        ANONYMOUS(null, 0), STAFF(Role.STAFF, 1), EDITOR(Role.EDITOR, 2), ADMIN(Role.ADMIN, 3);

        final Role role;
        final int rank;

        Caller(Role role, int rank) {
            this.role = role;
            this.rank = rank;
        }

        boolean mayUse(Access access) {
            return switch (access) {
                case PUBLIC -> true;
                case AUTHENTICATED, STAFF -> rank >= 1;
                case EDITOR -> rank >= 2;
                case ADMIN -> rank >= 3;
            };
        }
    }

    record Route(HttpMethod method, String path, Access access) {
        boolean machine() {
            return path.startsWith("/api/") || path.startsWith("/actuator/");
        }

        /** Actuator endpoints and static files are not controller mappings; the matrix itself proves they answer. */
        boolean controller() {
            return !path.startsWith("/actuator/") && !STATIC_FILES.contains(path);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** One of each kind of file served as it is: the stylesheet, the browser's icon and the home-screen icons. */
    static final Set<String> STATIC_FILES = Set.of("/css/app.css", "/favicon.ico", "/icons/favicon.svg",
            "/icons/icon-192.png");

    static final List<Route> ROUTES = List.of(
            route("GET", "/login", Access.PUBLIC),
            route("GET", "/manifest.webmanifest", Access.PUBLIC),
            route("GET", "/css/app.css", Access.PUBLIC),
            route("GET", "/favicon.ico", Access.PUBLIC),
            route("GET", "/icons/favicon.svg", Access.PUBLIC),
            route("GET", "/icons/icon-192.png", Access.PUBLIC),
            route("GET", "/", Access.AUTHENTICATED),
            route("GET", "/profile", Access.AUTHENTICATED),
            route("POST", "/profile", Access.AUTHENTICATED),
            route("GET", "/profile/password", Access.AUTHENTICATED),
            route("POST", "/profile/password", Access.AUTHENTICATED),
            route("GET", "/profile/tokens", Access.AUTHENTICATED),
            route("POST", "/profile/tokens", Access.AUTHENTICATED),
            route("POST", "/profile/tokens/{token}/revoke", Access.AUTHENTICATED),
            route("GET", "/admin/people", Access.ADMIN),
            route("GET", "/admin/people/new", Access.ADMIN),
            route("POST", "/admin/people/new", Access.ADMIN),
            route("GET", "/admin/people/{person}/edit", Access.ADMIN),
            route("POST", "/admin/people/{person}/edit", Access.ADMIN),
            route("POST", "/admin/people/{person}/deactivate", Access.ADMIN),
            route("POST", "/admin/people/{person}/activate", Access.ADMIN),
            route("POST", "/admin/people/{person}/reset-password", Access.ADMIN),
            route("GET", "/admin/branches", Access.ADMIN),
            route("GET", "/admin/branches/new", Access.ADMIN),
            route("POST", "/admin/branches/new", Access.ADMIN),
            route("GET", "/admin/branches/{branch}/edit", Access.ADMIN),
            route("POST", "/admin/branches/{branch}/edit", Access.ADMIN),
            route("POST", "/admin/branches/{branch}/deactivate", Access.ADMIN),
            route("POST", "/admin/branches/{branch}/activate", Access.ADMIN),
            route("GET", "/posts", Access.AUTHENTICATED),
            route("GET", "/posts/new", Access.AUTHENTICATED),
            route("POST", "/posts/new", Access.AUTHENTICATED),
            route("POST", "/posts/preview", Access.AUTHENTICATED),
            route("GET", "/posts/{post}", Access.AUTHENTICATED),
            route("GET", "/posts/{ownPost}/edit", Access.AUTHENTICATED),
            route("POST", "/posts/{ownPost}/edit", Access.AUTHENTICATED),
            route("POST", "/posts/{ownPost}/submit", Access.AUTHENTICATED),
            route("POST", "/posts/{ownPost}/withdraw", Access.AUTHENTICATED),
            route("POST", "/posts/{ownPost}/comments", Access.AUTHENTICATED),
            route("GET", "/posts/{post}/images/{image}", Access.AUTHENTICATED),
            route("POST", "/posts/{ownPost}/images", Access.AUTHENTICATED),
            route("POST", "/posts/{ownPost}/images/{ownImage}/alt", Access.AUTHENTICATED),
            route("POST", "/posts/{ownPost}/images/{ownImage}/delete", Access.AUTHENTICATED),
            route("GET", "/review", Access.EDITOR),
            route("GET", "/calendar", Access.AUTHENTICATED),
            route("GET", "/channels", Access.AUTHENTICATED),
            route("GET", "/admin/channels/new", Access.ADMIN),
            route("POST", "/admin/channels/new", Access.ADMIN),
            route("GET", "/admin/channels/{channel}/edit", Access.ADMIN),
            route("POST", "/admin/channels/{channel}/edit", Access.ADMIN),
            route("POST", "/admin/channels/{channel}/retire", Access.ADMIN),
            route("POST", "/admin/channels/{channel}/test", Access.ADMIN),
            route("GET", "/admin/channels/{channel}/connect", Access.ADMIN),
            route("GET", "/admin/channels/connect/callback/{platform}", Access.ADMIN),
            route("POST", "/admin/channels/connect/choose", Access.ADMIN),
            route("GET", "/channels/{channel}/timeline", Access.AUTHENTICATED),
            route("GET", "/channels/{channel}", Access.AUTHENTICATED),
            // Editors and admins; the matrix's channel belongs to nobody the matrix logs in as.
            route("POST", "/channels/{channel}/audience", Access.EDITOR),
            route("GET", "/api/v1/channels/{channel}/audience", Access.AUTHENTICATED),
            route("POST", "/api/v1/channels/{channel}/audience", Access.EDITOR),
            route("POST", "/publications/{publication}/retry", Access.EDITOR),
            route("POST", "/publications/{publication}/cancel", Access.EDITOR),
            route("POST", "/publications/{publication}/published", Access.EDITOR),
            // Responses: the matrix's response is assigned to its STAFF caller; every signed-in caller may handle it.
            route("GET", "/responses", Access.AUTHENTICATED),
            route("GET", "/responses/new", Access.AUTHENTICATED),
            route("POST", "/responses/new", Access.AUTHENTICATED),
            route("GET", "/responses/import", Access.AUTHENTICATED),
            route("POST", "/responses/import", Access.AUTHENTICATED),
            route("POST", "/responses/supervised", Access.EDITOR),
            route("POST", "/responses/supervision-interval", Access.ADMIN),
            route("GET", "/responses/{response}", Access.AUTHENTICATED),
            route("POST", "/responses/{response}/answer", Access.AUTHENTICATED),
            route("POST", "/responses/{response}/answered-elsewhere", Access.AUTHENTICATED),
            route("POST", "/responses/{response}/no-action", Access.AUTHENTICATED),
            route("POST", "/responses/{response}/reassign", Access.EDITOR),
            route("POST", "/responses/{response}/hide", Access.EDITOR),
            route("POST", "/responses/{response}/remove", Access.EDITOR),
            route("GET", "/api/v1/responses", Access.AUTHENTICATED),
            route("POST", "/api/v1/responses", Access.AUTHENTICATED),
            route("GET", "/api/v1/responses/{response}", Access.AUTHENTICATED),
            route("POST", "/api/v1/responses/{response}/answer", Access.AUTHENTICATED),
            route("GET", "/api/v1/figures", Access.AUTHENTICATED),
            route("POST", "/channels/{channel}/timeline/{entry}/responses", Access.AUTHENTICATED),
            route("GET", "/api/v1/channels", Access.AUTHENTICATED),
            route("POST", "/api/v1/channels", Access.ADMIN),
            route("PUT", "/api/v1/channels/{channel}", Access.ADMIN),
            route("POST", "/posts/{post}/approve", Access.EDITOR),
            route("POST", "/posts/{post}/request-changes", Access.EDITOR),
            route("POST", "/posts/{post}/reject", Access.EDITOR),
            route("GET", "/guidelines", Access.AUTHENTICATED),
            route("GET", "/guidelines/{guideline}", Access.AUTHENTICATED),
            route("GET", "/guidelines/{guideline}/versions/{number}", Access.AUTHENTICATED),
            route("POST", "/guidelines/{guideline}/acknowledge", Access.AUTHENTICATED),
            route("GET", "/guidelines/check", Access.AUTHENTICATED),
            route("POST", "/guidelines/check", Access.AUTHENTICATED),
            route("GET", "/admin/rules", Access.ADMIN),
            route("GET", "/admin/rules/new", Access.ADMIN),
            route("POST", "/admin/rules/new", Access.ADMIN),
            route("GET", "/admin/rules/{rule}/edit", Access.ADMIN),
            route("POST", "/admin/rules/{rule}/edit", Access.ADMIN),
            route("POST", "/admin/rules/{rule}/deactivate", Access.ADMIN),
            route("POST", "/admin/rules/{rule}/activate", Access.ADMIN),
            route("GET", "/admin/guidelines/new", Access.ADMIN),
            route("POST", "/admin/guidelines/new", Access.ADMIN),
            route("GET", "/admin/guidelines/{guideline}/edit", Access.ADMIN),
            route("POST", "/admin/guidelines/{guideline}/edit", Access.ADMIN),
            route("POST", "/admin/guidelines/{guideline}/deactivate", Access.ADMIN),
            route("POST", "/admin/guidelines/{guideline}/activate", Access.ADMIN),
            route("GET", "/admin/guidelines/{guideline}/acknowledgements", Access.ADMIN),
            route("GET", "/api/v1/me", Access.AUTHENTICATED),
            route("GET", "/api/v1/posts", Access.AUTHENTICATED),
            route("POST", "/api/v1/posts", Access.AUTHENTICATED),
            route("GET", "/api/v1/posts/{post}", Access.AUTHENTICATED),
            route("POST", "/api/v1/posts/{ownPost}/submit", Access.AUTHENTICATED),
            route("POST", "/api/v1/posts/{ownPost}/withdraw", Access.AUTHENTICATED),
            route("POST", "/api/v1/posts/{post}/approve", Access.EDITOR),
            route("POST", "/api/v1/posts/{post}/request-changes", Access.EDITOR),
            route("POST", "/api/v1/posts/{post}/reject", Access.EDITOR),
            route("GET", "/events", Access.AUTHENTICATED),
            route("GET", "/events/new", Access.EDITOR),
            route("POST", "/events/new", Access.EDITOR),
            route("GET", "/events/{event}", Access.AUTHENTICATED),
            route("GET", "/events/{event}/edit", Access.EDITOR),
            route("POST", "/events/{event}/edit", Access.EDITOR),
            route("POST", "/events/{event}/cancel", Access.EDITOR),
            route("GET", "/api/v1/events", Access.AUTHENTICATED),
            route("POST", "/api/v1/events", Access.EDITOR),
            route("GET", "/api/v1/events/{event}", Access.AUTHENTICATED),
            route("PUT", "/api/v1/events/{event}", Access.EDITOR),
            route("GET", "/api/v1/openapi", Access.PUBLIC),
            route("GET", "/api/v1/openapi.yaml", Access.PUBLIC),
            route("GET", "/actuator/health", Access.PUBLIC),
            route("GET", "/actuator/health/liveness", Access.PUBLIC),
            route("GET", "/actuator/health/readiness", Access.PUBLIC),
            route("GET", "/actuator/info", Access.ADMIN),
            route("GET", "/actuator/metrics", Access.ADMIN),
            route("GET", "/actuator/flyway", Access.ADMIN));

    /** Framework endpoints that are not the application's routes. */
    private static final Set<String> NOT_ROUTES = Set.of("/error", "/api/v1/openapi/{group}",
            "/api/v1/openapi.yaml/{group}");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestData data;
    @Autowired
    JdbcTemplate jdbc;

    /** A person, a branch and a guideline made for the matrix, so its actions harm nobody else's data. */
    private static long targetPerson;
    private static long targetBranch;
    private static long targetGuideline;
    private static long targetRule;
    /** The people the matrix signs in as, one per role. */
    private static final Map<Caller, StaffUser> people = new EnumMap<>(Caller.class);
    /** Posts are changed only by their author: each caller gets a post of their own. */
    private static final Map<Caller, Long> ownPosts = new HashMap<>();
    private static final Map<Caller, Long> ownImages = new HashMap<>();
    private static long targetImage;
    private static long targetChannel;
    private static long targetPublication;
    private static long targetResponse;
    private static long targetEntry;
    private static long targetEvent;

    @BeforeEach
    void targets() {
        if (targetPerson == 0) {
            targetBranch = jdbc.queryForObject("insert into branch (name, code, created_at) "
                    + "values ('Matrisfilial', 'MATRIS', now()) returning id", Long.class);
            targetPerson = jdbc.queryForObject("insert into person (username, display_name, email, branch_id, role, "
                    + "password_hash, created_at, updated_at) values ('matrix-target', 'Matris Mål', "
                    + "'matris@example.org', ?, 'STAFF', '{noop}unused-password', now(), now()) returning id",
                    Long.class, targetBranch);
            targetGuideline = jdbc.queryForObject("insert into guideline (title, source, current_version, created_at) "
                    + "values ('Matrisriktlinje', 'OWN', 1, now()) returning id", Long.class);
            jdbc.update("insert into guideline_version (guideline_id, number, title, body, change_note, published_at, "
                    + "published_by) values (?, 1, 'Matrisriktlinje', 'Text', 'Första', now(), ?)",
                    targetGuideline, targetPerson);
            targetRule = jdbc.queryForObject("insert into guideline_rule (kind, guideline_id, severity, created_at) "
                    + "values ('NON_HTTPS_LINK', ?, 'WARN', now()) returning id", Long.class, targetGuideline);
            for (Caller caller : Caller.values()) {
                if (caller.role != null) {
                    long author = people.computeIfAbsent(caller, c -> data.person(c.role)).getPersonId();
                    ownPosts.put(caller, jdbc.queryForObject("insert into post (body, author_id, sender_id, state, "
                            + "created_at, updated_at) values ('Matris', ?, ?, 'DRAFT', now(), now()) returning id",
                            Long.class, author, author));
                    ownImages.put(caller, image(ownPosts.get(caller)));
                }
            }
            targetImage = image(ownPosts.get(Caller.STAFF));
            targetChannel = jdbc.queryForObject("insert into channel (name, kind, responsible_id, deputy_id, created_at) "
                    + "values ('Matriskanal', 'SANDBOX', ?, ?, now()) returning id", Long.class, targetPerson,
                    targetPerson);
            targetPublication = jdbc.queryForObject("insert into publication (post_id, channel_id, slug, text, state, "
                    + "due_at, next_attempt_at, created_at, updated_at) values (?, ?, 'rdk-matris', 'Matris', "
                    + "'PENDING', now() + interval '1 year', now() + interval '1 year', now(), now()) returning id",
                    Long.class, ownPosts.get(Caller.STAFF), targetChannel);
            targetEntry = jdbc.queryForObject("insert into sandbox_entry (channel_id, slug, text, published_at) "
                    + "values (?, 'rdk-matris-inlagg', 'Matris', now()) returning id", Long.class, targetChannel);
            targetEvent = jdbc.queryForObject("insert into event (title, kind, venue, starts_at, ends_at, "
                    + "responsible_id, window_opens_at, window_closes_at, created_at, created_by) values ('Matris', "
                    + "'OTHER', 'Matrissalen', now() + interval '1 day', now() + interval '25 hours', ?, "
                    + "now() + interval '23 hours', now() + interval '26 hours', now(), ?) returning id", Long.class,
                    targetPerson, targetPerson);
            targetResponse = jdbc.queryForObject("insert into response (channel_id, platform_id, kind, text, "
                    + "received_at, state, assignee_id, routed_to, source, created_at, updated_at) values (?, "
                    + "'matris-svar', 'COMMENT', 'Matris', now(), 'ASSIGNED', ?, 'REASSIGNED', 'MANUAL', now(), "
                    + "now()) returning id", Long.class, targetChannel, people.get(Caller.STAFF).getPersonId());
        }
    }

    private long image(long post) {
        return jdbc.queryForObject("insert into post_image (post_id, file_name, content_type, size_bytes, data, "
                + "created_at) values (?, 'matris.png', 'image/png', 4, ?, now()) returning id", Long.class, post,
                new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    static Stream<Arguments> routesAndCallers() {
        List<Arguments> cases = new ArrayList<>();
        for (Route route : ROUTES) {
            for (Caller caller : Caller.values()) {
                cases.add(Arguments.of(route, caller));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("routesAndCallers")
    void eachRouteLetsInExactlyTheRolesItShould(Route route, Caller caller) throws Exception {
        MockHttpServletResponse response = mvc.perform(requestFor(route, caller)).andReturn().getResponse();
        int status = response.getStatus();
        String location = response.getRedirectedUrl();

        assertThat(status).as("%s as %s must never fail with a server error", route, caller).isLessThan(500);
        if (caller.mayUse(route.access())) {
            assertThat(status).as("%s as %s is allowed", route, caller).isNotIn(401, 403);
            assertThat(location == null || !location.endsWith("/login"))
                    .as("%s as %s must not be sent to the login page", route, caller).isTrue();
            if (route.method() == HttpMethod.GET) {
                // A page or document one may see is there: a 4xx here means a stale row or a placeholder
                // that names nothing, and the row would prove nothing about access.
                assertThat(status).as("%s as %s shows the page", route, caller).isBetween(200, 399);
            }
        } else if (caller == Caller.ANONYMOUS && !route.machine()) {
            assertThat(status).as("%s anonymously redirects to login", route).isEqualTo(302);
            assertThat(location).as("%s anonymously redirects to login", route).endsWith("/login");
        } else if (caller == Caller.ANONYMOUS) {
            assertThat(status).as("%s anonymously is 401, not a redirect", route).isEqualTo(401);
            assertThat(location).as("%s anonymously must not redirect", route).isNull();
            assertThat(response.getHeader("WWW-Authenticate")).as("%s anonymously names the schemes", route)
                    .contains("Basic");
            assertThat(response.getContentType()).startsWith("application/problem+json");
        } else {
            assertThat(status).as("%s as %s is forbidden", route, caller).isEqualTo(403);
            if (route.machine()) {
                assertThat(response.getContentType()).startsWith("application/problem+json");
            }
        }
    }

    /** The web form posts: every one of them needs the CSRF token. */
    static Stream<Route> webFormPosts() {
        return ROUTES.stream().filter(r -> r.method() == HttpMethod.POST && !r.machine());
    }

    @ParameterizedTest(name = "{0} without a CSRF token")
    @MethodSource("webFormPosts")
    void aWebFormPostWithoutCsrfTokenIsRefusedEvenForAnAdmin(Route route) throws Exception {
        MockHttpServletRequestBuilder request = request(route.method(), path(route, Caller.ADMIN))
                .with(as(people.get(Caller.ADMIN)));

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        assertThat(response.getStatus()).as("%s without a CSRF token", route).isEqualTo(403);
        assertThat(response.getRedirectedUrl()).as("%s without a CSRF token", route).isNull();
    }

    @ParameterizedTest(name = "{0} with a forged CSRF token")
    @MethodSource("webFormPosts")
    void aWebFormPostWithAForgedCsrfTokenIsRefusedEvenForAnAdmin(Route route) throws Exception {
        MockHttpServletRequestBuilder request = request(route.method(), path(route, Caller.ADMIN))
                .with(csrf().useInvalidToken())
                .with(as(people.get(Caller.ADMIN)));

        assertThat(mvc.perform(request).andReturn().getResponse().getStatus())
                .as("%s with a forged CSRF token", route).isEqualTo(403);
    }

    @Test
    void aPostRefusedForItsMissingCsrfTokenChangesNothing() throws Exception {
        long branch = jdbc.queryForObject("insert into branch (name, code, created_at) "
                + "values ('CSRF-filial', 'CSRFT', now()) returning id", Long.class);
        String path = "/admin/branches/" + branch + "/deactivate";

        mvc.perform(request(HttpMethod.POST, path).with(as(people.get(Caller.ADMIN))))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
        assertThat(jdbc.queryForObject("select active from branch where id = ?", Boolean.class, branch))
                .as("the forged request must not deactivate the branch").isTrue();

        mvc.perform(request(HttpMethod.POST, path).with(csrf()).with(as(people.get(Caller.ADMIN))))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(302));
        assertThat(jdbc.queryForObject("select active from branch where id = ?", Boolean.class, branch))
                .as("the same request with its token does deactivate it").isFalse();
    }

    @Test
    void everyControllerRouteOfTheApplicationIsInTheMatrix(
            @Qualifier("requestMappingHandlerMapping") @Autowired RequestMappingHandlerMapping mappings) {
        Set<String> listed = new TreeSet<>();
        ROUTES.forEach(r -> listed.add(key(r.method().name(), r.path())));

        Set<String> mapped = mappedRoutes(mappings);

        assertThat(mapped).as("the application's own routes").hasSizeGreaterThan(20);
        assertThat(listed).as("routes that need a row in the matrix").containsAll(mapped);
    }

    @Test
    void everyRowOfTheMatrixIsARouteOfTheApplication(
            @Qualifier("requestMappingHandlerMapping") @Autowired RequestMappingHandlerMapping mappings) {
        Set<String> mapped = mappedRoutes(mappings);
        Set<String> controllerRows = new TreeSet<>();
        ROUTES.stream().filter(Route::controller).forEach(r -> controllerRows.add(key(r.method().name(), r.path())));

        assertThat(mapped).as("rows whose route no longer exists").containsAll(controllerRows);
        assertThat(ROUTES.stream().map(r -> key(r.method().name(), r.path())).distinct().count())
                .as("each route has one row").isEqualTo(ROUTES.size());
    }

    /** Every method and path pattern that a controller of the application serves. */
    private static Set<String> mappedRoutes(RequestMappingHandlerMapping mappings) {
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (NOT_ROUTES.contains(pattern)) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    mapped.add(key(method.name(), pattern));
                }
            }
        });
        return mapped;
    }

    /** Method and path with the names of path variables left out: {@code /posts/{id}} = {@code /posts/{post}}. */
    private static String key(String method, String path) {
        return method + " " + path.replaceAll("\\{[A-Za-z]+}", "{}");
    }

    private MockHttpServletRequestBuilder requestFor(Route route, Caller caller) {
        MockHttpServletRequestBuilder request = request(route.method(), path(route, caller));
        if (route.method() == HttpMethod.POST && !route.machine()) {
            request.with(csrf());
        }
        if (caller.role != null) {
            request.with(as(people.get(caller)));
        }
        return request;
    }

    /** The route's path with its placeholders filled with the matrix's own targets. */
    private static String path(Route route, Caller caller) {
        Caller owner = caller == Caller.ANONYMOUS ? Caller.STAFF : caller;
        return route.path()
                .replace("{post}", String.valueOf(ownPosts.get(Caller.STAFF)))
                .replace("{image}", String.valueOf(targetImage))
                .replace("{ownImage}", String.valueOf(ownImages.get(owner)))
                .replace("{ownPost}", String.valueOf(ownPosts.get(owner)))
                .replace("{person}", String.valueOf(targetPerson))
                .replace("{channel}", String.valueOf(targetChannel))
                .replace("{branch}", String.valueOf(targetBranch))
                .replace("{guideline}", String.valueOf(targetGuideline))
                .replace("{number}", "1")
                .replace("{rule}", String.valueOf(targetRule))
                .replace("{publication}", String.valueOf(targetPublication))
                .replace("{response}", String.valueOf(targetResponse))
                .replace("{entry}", String.valueOf(targetEntry))
                .replace("{event}", String.valueOf(targetEvent))
                .replace("{token}", "987654321")
                .replace("{platform}", "facebook-page");
    }

    private static Route route(String method, String path, Access access) {
        return new Route(HttpMethod.valueOf(method), path, access);
    }
}
