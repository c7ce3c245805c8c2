package se.redaktionen.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL server the tests run against: a Testcontainers PostgreSQL where a Docker engine is
 * available, otherwise the server at {@code TEST_DATABASE_URL} (default localhost:5432, user postgres).
 * Every run works in databases of its own, created here and dropped when the JVM ends.
 */
public final class TestDatabase {

    /** A database created for this run. */
    public record Database(String url, String username, String password) {
    }

    private static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/";
    private static final String RUN_ID = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"))
            + "_" + Integer.toString(ThreadLocalRandom.current().nextInt(36 * 36 * 36), 36);

    private static String serverUrl;
    private static String username;
    private static String password;
    private static Database shared;
    private static final List<String> created = new ArrayList<>();

    private TestDatabase() {
    }

    /** The database shared by all Spring contexts of this run. */
    public static synchronized Database shared() {
        if (shared == null) {
            shared = fresh("main");
        }
        return shared;
    }

    /** A new, empty database, for tests that need one to themselves (first start-up, for example). */
    public static synchronized Database fresh(String purpose) {
        startServer();
        String name = "redaktionen_test_" + RUN_ID + "_" + purpose + "_" + created.size();
        execute("create database " + name);
        created.add(name);
        return new Database(serverUrl + name, username, password);
    }

    private static void startServer() {
        if (serverUrl != null) {
            return;
        }
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
            container.start();
            serverUrl = container.getJdbcUrl().substring(0, container.getJdbcUrl().lastIndexOf('/') + 1);
            username = container.getUsername();
            password = container.getPassword();
        } else {
            String url = env("TEST_DATABASE_URL", DEFAULT_URL);
            serverUrl = url.endsWith("/") ? url : url.substring(0, url.lastIndexOf('/') + 1);
            username = env("TEST_DATABASE_USER", "postgres");
            password = env("TEST_DATABASE_PASSWORD", "");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropAll, "drop-test-databases"));
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * JVM shutdown hooks run side by side: the application contexts close (and still use their
     * database, as the event publication registry does) while this hook would already drop it.
     */
    private static synchronized void dropAll() {
        awaitSpringShutdown();
        for (String name : created) {
            try {
                execute("drop database if exists " + name + " with (force)");
            } catch (RuntimeException e) {
                System.err.println("Could not drop test database " + name + ": " + e.getMessage());
            }
        }
    }

    private static void awaitSpringShutdown() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("SpringApplicationShutdownHook")) {
                try {
                    thread.join(Duration.ofSeconds(20).toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(serverUrl + "postgres", username, password);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the tests is not reachable at " + serverUrl
                    + " (set TEST_DATABASE_URL, TEST_DATABASE_USER, TEST_DATABASE_PASSWORD): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
