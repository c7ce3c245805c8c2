package se.redaktionen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

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

            HttpResponse<String> login = get(app, "/login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("Logga in", "demo-admin", "demo-editor", "demo-staff");
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
                        "--logging.level.root=WARN");
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext app, String path)
            throws IOException, InterruptedException {
        String port = app.getEnvironment().getProperty("local.server.port");
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
