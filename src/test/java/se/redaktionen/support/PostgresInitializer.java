package se.redaktionen.support;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test context at this run's shared PostgreSQL database. */
public class PostgresInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        pointAt(TestDatabase.shared(), context);
    }

    /** Points the context at the given database instead, for a test that needs one of its own. */
    public static void pointAt(TestDatabase.Database db, ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.datasource.url=" + db.url(),
                "spring.datasource.username=" + db.username(),
                "spring.datasource.password=" + db.password()).applyTo(context.getEnvironment());
    }
}
