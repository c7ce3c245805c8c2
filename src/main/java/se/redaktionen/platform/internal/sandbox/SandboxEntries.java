package se.redaktionen.platform.internal.sandbox;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import se.redaktionen.platform.InboundKind;
import se.redaktionen.platform.InboundResponse;

/**
 * The entries of the practice channels' timelines: what was published there and what "the public"
 * typed. The slug is unique, so even a repeated call cannot publish twice.
 */
@Repository
class SandboxEntries {

    /** One entry as the timeline shows it. */
    record Entry(long id, Long inReplyTo, String title, String text, String link, String authorName,
                 boolean fromPublic, Instant publishedAt, String moderation) {
    }

    private final JdbcTemplate jdbc;

    SandboxEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A publication's entry; nothing when the slug is there already, since the earlier call got through. */
    void publish(long channelId, String slug, String title, String text, String link, Instant at, Long inReplyTo) {
        try {
            jdbc.update("""
                    insert into sandbox_entry (channel_id, slug, title, text, link, published_at, in_reply_to_id)
                    values (?, ?, ?, ?, ?, ?, ?)""", channelId, slug, title, text, link, Timestamp.from(at), inReplyTo);
        } catch (DuplicateKeyException alreadyThere) {
            // The earlier call got through; its entry is the publication.
        }
    }

    Optional<Long> findBySlug(String slug) {
        return jdbc.queryForList("select id from sandbox_entry where slug = ?", Long.class, slug).stream().findFirst();
    }

    /** A response typed by "the public" under an entry. */
    void respond(long channelId, long entryId, String authorName, String text, Instant at) {
        jdbc.update("""
                insert into sandbox_entry (channel_id, slug, text, published_at, in_reply_to_id, author_name,
                                           from_public)
                values (?, ?, ?, ?, ?, ?, true)""", channelId, "public-" + UUID.randomUUID(), text, Timestamp.from(at),
                entryId, authorName);
    }

    boolean exists(long channelId, long entryId) {
        Integer count = jdbc.queryForObject("select count(*) from sandbox_entry where id = ? and channel_id = ?",
                Integer.class, entryId, channelId);
        return count != null && count > 0;
    }

    /** The entry stays, marked; false when the channel has no such entry. */
    boolean moderate(long channelId, long entryId, boolean remove) {
        return jdbc.update("update sandbox_entry set moderation = ? where id = ? and channel_id = ?",
                remove ? "REMOVED" : "HIDDEN", entryId, channelId) > 0;
    }

    /** The channel's newest entries, newest first. */
    List<Entry> newest(long channelId, int limit) {
        return jdbc.query("""
                select id, in_reply_to_id, title, text, link, author_name, from_public, published_at, moderation
                from sandbox_entry where channel_id = ? order by published_at desc, id desc limit ?""",
                (rs, i) -> new Entry(rs.getLong("id"), rs.getObject("in_reply_to_id") == null ? null
                        : rs.getLong("in_reply_to_id"), rs.getString("title"), rs.getString("text"),
                        rs.getString("link"), rs.getString("author_name"), rs.getBoolean("from_public"),
                        rs.getTimestamp("published_at").toInstant(), rs.getString("moderation")), channelId, limit);
    }

    /** The public's entries after {@code afterId} as responses, oldest first. */
    List<InboundResponse> fromPublic(long channelId, long afterId, int limit) {
        return jdbc.query("""
                select e.id, e.in_reply_to_id, e.author_name, e.text, e.published_at,
                       case when r.in_reply_to_id is null then false else true end as in_thread,
                       coalesce(r.in_reply_to_id, r.id) as thread
                from sandbox_entry e left join sandbox_entry r on r.id = e.in_reply_to_id
                where e.channel_id = ? and e.from_public and e.id > ? order by e.id limit ?""",
                (rs, i) -> {
                    long replyTo = rs.getLong("in_reply_to_id");
                    boolean inThread = rs.getBoolean("in_thread");
                    return new InboundResponse(String.valueOf(rs.getLong("id")),
                            replyTo == 0 ? InboundKind.MENTION : inThread ? InboundKind.REPLY : InboundKind.COMMENT,
                            replyTo == 0 ? null : String.valueOf(replyTo),
                            rs.getObject("thread") == null ? null : String.valueOf(rs.getLong("thread")),
                            rs.getString("author_name"), null, rs.getString("text"),
                            rs.getTimestamp("published_at").toInstant());
                }, channelId, afterId, limit);
    }
}
