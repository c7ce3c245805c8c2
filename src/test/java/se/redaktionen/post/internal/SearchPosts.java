package se.redaktionen.post.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;

import se.redaktionen.post.PostState;

/**
 * Posts for the search tests, written straight into the tables: a search reads only what is stored,
 * and getting a post into every state and period through the workflow would take a review each.
 */
final class SearchPosts {

    private SearchPosts() {
    }

    static long insert(JdbcTemplate jdbc, String author, String body, PostState state, long channel) {
        return insert(jdbc, author, null, body, state, channel, null, Instant.now());
    }

    static long insertSentBy(JdbcTemplate jdbc, String author, String sender, String body, PostState state,
                             long channel, Instant scheduledAt) {
        return insert(jdbc, author, sender, null, body, state, channel, scheduledAt, Instant.now());
    }

    static long insert(JdbcTemplate jdbc, String author, String title, String body, PostState state, long channel,
                       Instant scheduledAt, Instant updatedAt) {
        return insert(jdbc, author, author, title, body, state, channel, scheduledAt, updatedAt);
    }

    private static long insert(JdbcTemplate jdbc, String author, String sender, String title, String body,
                               PostState state, long channel, Instant scheduledAt, Instant updatedAt) {
        long id = jdbc.queryForObject("insert into post (title, body, author_id, sender_id, state, scheduled_at, "
                        + "created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id", Long.class, title,
                body, personId(jdbc, author), personId(jdbc, sender), state.name(),
                scheduledAt == null ? null : Timestamp.from(scheduledAt), Timestamp.from(updatedAt),
                Timestamp.from(updatedAt));
        jdbc.update("insert into post_channel (post_id, channel_id, rendered_text, length) values (?, ?, ?, ?)", id,
                channel, body, body.length());
        return id;
    }

    private static long personId(JdbcTemplate jdbc, String username) {
        return jdbc.queryForObject("select id from person where username = ?", Long.class, username);
    }
}
