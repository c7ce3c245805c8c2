package se.redaktionen.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.springframework.jdbc.core.JdbcTemplate;

/** PostgreSQL's plan for a query, to check that it can use an index whatever the table's size. */
public final class QueryPlans {

    private QueryPlans() {
    }

    /** The plan with sequential scans ruled out, so that an index appears in it if the query can use one. */
    public static String withoutSequentialScans(JdbcTemplate jdbc, String sql) {
        return jdbc.execute((Connection c) -> {
            try (Statement s = c.createStatement()) {
                s.execute("set enable_seqscan = off");
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = s.executeQuery("explain " + sql)) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                } finally {
                    s.execute("reset enable_seqscan");
                }
                return plan.toString();
            }
        });
    }
}
