package se.redaktionen.publishing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.redaktionen.channel.ChannelAccount;
import se.redaktionen.channel.ChannelKind;
import se.redaktionen.publishing.InboundKind;
import se.redaktionen.publishing.InboundPage;
import se.redaktionen.publishing.InboundResponse;

/**
 * A platform inside Redaktionen: what is published lands on the channel's timeline page, and what
 * "the public" types there is read back as responses. The slug is unique, so even a repeated call
 * cannot publish twice.
 */
@Component
class SandboxAdapter implements PlatformAdapter {

    static final int PAGE = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SandboxAdapter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.SANDBOX;
    }

    @Override
    public Published publish(ChannelAccount account, Publication publication) {
        Long inReplyTo = publication.isReply() ? entryId(publication.inReplyTo()) : null;
        try {
            jdbc.update("""
                    insert into sandbox_entry (channel_id, slug, title, text, link, published_at, in_reply_to_id)
                    values (?, ?, ?, ?, ?, ?, ?)""", account.id(), publication.slug(), publication.title(),
                    publication.text(), publication.link(), Timestamp.from(clock.instant()), inReplyTo);
        } catch (DuplicateKeyException alreadyThere) {
            // The earlier call got through; its entry is the publication.
        }
        return find(account, publication).orElseThrow();
    }

    @Override
    public Optional<Published> find(ChannelAccount account, Publication publication) {
        List<Long> ids = jdbc.queryForList("select id from sandbox_entry where slug = ?", Long.class,
                publication.slug());
        return ids.stream().findFirst().map(id -> new Published(String.valueOf(id),
                "/channels/" + account.id() + "/timeline#entry-" + id));
    }

    @Override
    public String testConnection(ChannelAccount account) {
        return account.name();
    }

    /** The entry stays, marked, so the timeline shows that the library acted and when nothing more. */
    @Override
    public void moderate(ChannelAccount account, String platformId, boolean remove) {
        int changed = jdbc.update("update sandbox_entry set moderation = ? where id = ? and channel_id = ?",
                remove ? "REMOVED" : "HIDDEN", entryId(platformId), account.id());
        if (changed == 0) {
            throw PlatformFailure.permanent(FailureCode.NOT_FOUND, platformId);
        }
    }

    @Override
    public boolean readsResponses() {
        return true;
    }

    /** The public's entries after the cursor (an entry id), oldest first. */
    @Override
    public InboundPage fetchResponses(ChannelAccount account, String cursor) {
        long after = cursor == null ? 0 : Long.parseLong(cursor);
        List<InboundResponse> page = jdbc.query("""
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
                }, account.id(), after, PAGE);
        String next = page.isEmpty() ? cursor : page.get(page.size() - 1).platformId();
        return new InboundPage(page, next, page.size() == PAGE);
    }

    private static Long entryId(String platformId) {
        try {
            return Long.parseLong(platformId);
        } catch (NumberFormatException e) {
            throw PlatformFailure.permanent(FailureCode.NOT_FOUND, platformId);
        }
    }
}
