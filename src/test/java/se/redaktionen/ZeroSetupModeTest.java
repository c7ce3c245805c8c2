package se.redaktionen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The newcomer's run: an embedded H2 file, the same migrations, demo data seeded once. */
class ZeroSetupModeTest {

    @TempDir
    Path dataDir;

    @Test
    void startsOnAnH2FileMigratesSeedsDemoDataAndListsDemoAccountsOnTheLoginPage() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class))
                    .isGreaterThanOrEqualTo(3);
            assertThat(jdbc.queryForObject("select count(*) from branch", Integer.class)).isEqualTo(6);
            assertThat(jdbc.queryForObject("select count(*) from person", Integer.class)).isEqualTo(13);
            assertThat(jdbc.queryForList("select distinct source from guideline", String.class))
                    .containsExactlyInAnyOrder("OWN", "MUNICIPAL");
            assertThat(jdbc.queryForList("select distinct state from post", String.class)).contains(
                    "DRAFT", "SUBMITTED", "CHANGES_REQUESTED", "APPROVED", "REJECTED", "WITHDRAWN");

            HttpResponse<String> login = get(app, "/login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("Logga in", "demo-admin", "demo-editor", "demo-staff");
        }
    }

    @Test
    void theDemoPostDueAtStartIsPublishedOnItsPracticeChannelByTheScheduler() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            String published = "select count(*) from publication p join channel c on c.id = p.channel_id "
                    + "where c.name = 'Övning: X' and p.state = 'PUBLISHED'";
            for (int i = 0; i < 100 && jdbc.queryForObject(published, Integer.class) == 0; i++) {
                Thread.sleep(200);
            }

            assertThat(jdbc.queryForObject(published, Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from sandbox_entry where text like 'Nu kan du låna "
                    + "e-böcker%'", Integer.class)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from post where state = 'PUBLISHED' "
                    + "and body like 'Nu kan du låna e-böcker%'", Integer.class)).isEqualTo(1);
        }
    }

    @Test
    void loggingInAsADemoAccountGivesANewSessionIdAndTheSwedishDashboard() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            HttpResponse<String> loginPage = browser.send(request(app, "/login").build(), BodyHandlers.ofString());
            String before = sessionId(browser);
            Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(loginPage.body());
            assertThat(csrf.find()).isTrue();

            HttpResponse<String> login = browser.send(request(app, "/login")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(BodyPublishers.ofString("username=demo-editor&password=demo&_csrf="
                            + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8))).build(),
                    BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(302);
            assertThat(sessionId(browser)).isNotBlank().isNotEqualTo(before);

            HttpResponse<String> dashboard = browser.send(request(app, "/").build(), BodyHandlers.ofString());
            assertThat(dashboard.body()).contains("Översikt", "Bibliotek utan representant", "Tullinge");
        }
    }

    @Test
    void anUnknownApiPathOnTheRunningServerIsAProblemDocument() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            String basic = Base64.getEncoder().encodeToString("demo-staff:demo".getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> response = HttpClient.newHttpClient().send(request(app, "/api/v1/finns-inte")
                    .header("Authorization", "Basic " + basic).build(), BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).get().asString()
                    .startsWith("application/problem+json");
            assertThat(response.body()).contains("\"status\":404", "\"instance\":\"/api/v1/finns-inte\"")
                    .doesNotContain("Exception", "trace");
        }
    }

    @Test
    void searchOnH2FindsEveryWordAnywhereRegardlessOfCaseAndTakesPercentSignsLiterally() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            HttpResponse<String> posts = getAs(app, "/api/v1/posts?q=" + encode("E-BÖCKER låna"));
            HttpResponse<String> responses = getAs(app, "/api/v1/responses?size=200&q=" + encode("Bokcirkel"));
            HttpResponse<String> percent = getAs(app, "/api/v1/posts?q=" + encode("e_b%"));

            assertThat(posts.statusCode()).isEqualTo(200);
            assertThat(posts.body()).contains("Nu kan du låna e-böcker");
            assertThat(responses.body()).contains("bokcirkeln").doesNotContain("bebisar");
            assertThat(percent.body()).isEqualTo("[]");
        }
    }

    @Test
    void keepsItsDataAcrossARestartAndSeedsOnlyOnce() throws Exception {
        try (ConfigurableApplicationContext app = start()) {
            app.getBean(JdbcTemplate.class).update("update person set display_name = 'Kvar efter omstart' "
                    + "where username = 'demo-staff'");
        }
        try (ConfigurableApplicationContext app = start()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from person", Integer.class)).isEqualTo(13);
            assertThat(jdbc.queryForObject("select display_name from person where username = 'demo-staff'",
                    String.class)).isEqualTo("Kvar efter omstart");
        }
    }

    private ConfigurableApplicationContext start() {
        String url = "jdbc:h2:file:" + dataDir.resolve("redaktionen")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        return new SpringApplicationBuilder(RedaktionenApplication.class)
                .profiles("demo")
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.main.banner-mode=off",
                        "--redaktionen.data-dir=" + dataDir,
                        "--logging.level.root=WARN");
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext app, String path)
            throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request(app, path).build(), BodyHandlers.ofString());
    }

    /** A call to the API as the demo editor, who sees every post and response. */
    private static HttpResponse<String> getAs(ConfigurableApplicationContext app, String path)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString("demo-editor:demo".getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(request(app, path).header("Authorization", "Basic " + basic).build(),
                BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpRequest.Builder request(ConfigurableApplicationContext app, String path) {
        String port = app.getEnvironment().getProperty("local.server.port");
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String sessionId(HttpClient client) {
        return ((CookieManager) client.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst().orElse("");
    }
}
