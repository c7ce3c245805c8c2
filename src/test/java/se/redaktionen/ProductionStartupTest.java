package se.redaktionen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.JdbcTemplate;

import se.redaktionen.support.TestDatabase;

/** SPRING_PROFILES_ACTIVE=prod on PostgreSQL: no demo data, first admin from the environment, clear refusals. */
class ProductionStartupTest {

    private static final String SECRET_KEY = "q3Kx1p0m2v9HfTn8Yw4cLr6sJd7uAe5bZg0iNo1kPyU=";

    @Test
    void refusesToStartWithoutTheSecretKeyNamingTheVariable() {
        Throwable failure = catchThrowable(() -> start(TestDatabase.fresh("nokey"), List.of(
                "--redaktionen.admin-username=admin", "--redaktionen.admin-password=long-enough-secret")).close());

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(StartupSettingMissing.class)
                .hasMessageContaining("REDAKTIONEN_SECRET_KEY");
    }

    @Test
    void refusesASecretKeyThatIsNot32BytesOfBase64() {
        Throwable failure = catchThrowable(() -> start(TestDatabase.fresh("badkey"), List.of(
                "--redaktionen.secret-key=too-short", "--redaktionen.admin-username=admin",
                "--redaktionen.admin-password=long-enough-secret")).close());

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(StartupSettingMissing.class)
                .hasMessageContaining("REDAKTIONEN_SECRET_KEY must be 32 bytes");
    }

    @Test
    void refusesToStartOnAnEmptyDatabaseWithoutTheFirstAdmin() {
        Throwable failure = catchThrowable(() -> start(TestDatabase.fresh("noadmin"),
                List.of("--redaktionen.secret-key=" + SECRET_KEY)).close());

        assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(StartupSettingMissing.class)
                .hasMessageContaining("REDAKTIONEN_ADMIN_USERNAME").hasMessageContaining("REDAKTIONEN_ADMIN_PASSWORD");
    }

    @Test
    void createsTheFirstAdminWithoutDemoDataAndLaterStartsWithoutTheAdminSettings() {
        TestDatabase.Database db = TestDatabase.fresh("firstadmin");
        try (ConfigurableApplicationContext app = start(db, List.of("--redaktionen.secret-key=" + SECRET_KEY,
                "--redaktionen.admin-username=Mia.Admin", "--redaktionen.admin-password=long-enough-secret"))) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForList("select username, role, must_change_password from person"))
                    .singleElement()
                    .satisfies(row -> {
                        assertThat(row.get("username")).isEqualTo("mia.admin");
                        assertThat(row.get("role")).isEqualTo("ADMIN");
                        assertThat(row.get("must_change_password")).isEqualTo(true);
                    });
            assertThat(jdbc.queryForObject("select count(*) from branch", Integer.class)).isEqualTo(1);
        }
        try (ConfigurableApplicationContext app = start(db, List.of("--redaktionen.secret-key=" + SECRET_KEY))) {
            assertThat(app.getBean(JdbcTemplate.class).queryForObject("select count(*) from person", Integer.class))
                    .isEqualTo(1);
        }
    }

    @Test
    void aMissingSettingIsReportedAsOneLineNamingWhatToSet() {
        FailureAnalysis analysis = new StartupSettingMissingAnalyzer().analyze(
                new IllegalStateException(new StartupSettingMissing("REDAKTIONEN_SECRET_KEY is not set: set it.")));

        assertThat(analysis.getDescription()).isEqualTo("REDAKTIONEN_SECRET_KEY is not set: set it.")
                .doesNotContain("\n");
    }

    private static ConfigurableApplicationContext start(TestDatabase.Database db, List<String> settings) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=OFF", "--spring.datasource.url=" + db.url(),
                "--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password()));
        args.addAll(settings);
        return new SpringApplicationBuilder(RedaktionenApplication.class).profiles("prod")
                .run(args.toArray(String[]::new));
    }
}
