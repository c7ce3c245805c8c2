package se.redaktionen.support;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** People made for one test, so that tests sharing the run's database never step on each other. */
public final class TestPeople {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestPeople() {
    }

    /** Someone at Alby with the given role and password; returns the username. */
    public static String create(JdbcTemplate jdbc, PasswordEncoder encoder, String role, String password) {
        String username = "t" + System.nanoTime() % 100_000_000 + "-" + SEQUENCE.incrementAndGet();
        jdbc.update("insert into person (username, display_name, email, branch_id, role, password_hash, created_at, "
                        + "updated_at) select ?, ?, ?, id, ?, ?, now(), now() from branch where name = 'Alby'",
                username, "Test " + username, username + "@example.org", role, encoder.encode(password));
        return username;
    }

    /** Acknowledges the current version of every active guideline, as a person must before submitting. */
    public static void acknowledgeAllGuidelines(JdbcTemplate jdbc, String username) {
        jdbc.update("insert into guideline_acknowledgement (guideline_version_id, person_id, acknowledged_at) "
                + "select v.id, ?, now() from guideline g join guideline_version v on v.guideline_id = g.id "
                + "and v.number = g.current_version where g.active", id(jdbc, username));
    }

    public static long id(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select id from person where username = ?", Long.class, username);
    }
}
