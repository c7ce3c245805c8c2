package se.redaktionen.channel.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.support.TestData;

/** Channels of their own for the audience tests, so that tests sharing the run's database never meet. */
final class AudienceFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private AudienceFixture() {
    }

    static long channel(JdbcTemplate jdbc, String name, String kind, StaffUser responsible, StaffUser deputy,
                        LocalDate startedOn) {
        return jdbc.queryForObject("""
                insert into channel (name, kind, handle, responsible_id, deputy_id, started_on, created_at)
                values (?, ?, 'publik', ?, ?, ?, now()) returning id""", Long.class,
                name + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime(), kind, responsible.getPersonId(),
                deputy.getPersonId(), startedOn == null ? null : Date.valueOf(startedOn));
    }

    /** A channel with two new editors answering for it. */
    static long channel(JdbcTemplate jdbc, TestData data, String kind) {
        return channel(jdbc, "Publikkanal", kind, data.editor(), data.editor(), LocalDate.of(2010, 1, 1));
    }

    static int rows(JdbcTemplate jdbc, long channelId) {
        return jdbc.queryForObject("select count(*) from audience_snapshot where channel_id = ?", Integer.class,
                channelId);
    }
}
