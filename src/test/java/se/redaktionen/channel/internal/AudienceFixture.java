package se.redaktionen.channel.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

/** Channels of their own for the audience tests, so that tests sharing the run's database never meet. */
final class AudienceFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private AudienceFixture() {
    }

    static long channel(JdbcTemplate jdbc, String name, String kind, String responsible, String deputy,
                        LocalDate startedOn) {
        return jdbc.queryForObject("""
                insert into channel (name, kind, handle, responsible_id, deputy_id, started_on, created_at)
                values (?, ?, 'publik', (select id from person where username = ?),
                        (select id from person where username = ?), ?, now()) returning id""", Long.class,
                name + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime(), kind, responsible, deputy,
                startedOn == null ? null : Date.valueOf(startedOn));
    }

    static long channel(JdbcTemplate jdbc, String kind) {
        return channel(jdbc, "Publikkanal", kind, "anna.lind", "omar.haddad", LocalDate.of(2010, 1, 1));
    }

    static int rows(JdbcTemplate jdbc, long channelId) {
        return jdbc.queryForObject("select count(*) from audience_snapshot where channel_id = ?", Integer.class,
                channelId);
    }
}
