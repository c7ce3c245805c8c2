package se.redaktionen.publishing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.Published;
import se.redaktionen.publishing.ChannelAlert;
import se.redaktionen.publishing.PublicationState;
import se.redaktionen.publishing.PublicationView;

/**
 * The outbox in SQL. Every change of state is one conditional statement that commits on its own, so
 * the state before and after each platform call is on disk, and a row changes only from the state
 * (and, for the pipeline, the claim) the caller saw.
 */
@Repository
class PublicationStore {

    private static final RowMapper<Publication> PUBLICATION = PublicationStore::publication;
    /** A publication with its channel's name and kind, as the pages and the API show it. */
    private static final String VIEW_SELECT = """
            select p.*, c.name as channel_name, c.kind as channel_kind from publication p
            join channel c on c.id = p.channel_id""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    PublicationStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void insert(long postId, long channelId, String title, String text, String link, Instant dueAt,
                Instant nextAttemptAt, Instant now) {
        jdbc.update("""
                insert into publication (post_id, channel_id, slug, title, text, link, state, due_at, next_attempt_at,
                                         created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)""",
                postId, channelId, Slug.of(title, text), title, text, link, ts(dueAt), ts(nextAttemptAt), ts(now), ts(now));
    }

    /** A publication made outside the outbox (imported history): published as it stands, never claimed. */
    long insertPublished(long postId, long channelId, String title, String text, String link,
                         Instant publishedAt, String platformId, String url, Instant now) {
        String slug = Slug.of(title, text);
        jdbc.update("""
                insert into publication (post_id, channel_id, slug, title, text, link, state, due_at, attempts,
                                         platform_id, url, published_at, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, 'PUBLISHED', ?, 0, ?, ?, ?, ?, ?)""",
                postId, channelId, slug, title, text, link, ts(publishedAt), platformId, url, ts(publishedAt), ts(now),
                ts(now));
        return jdbc.queryForObject("select id from publication where slug = ?", Long.class, slug);
    }

    long insertReply(long responseId, long channelId, String inReplyTo, String replyParent, String text,
                     Instant now) {
        String slug = Slug.of(null, text);
        jdbc.update("""
                insert into publication (response_id, channel_id, slug, text, in_reply_to, reply_parent, state, due_at,
                                         next_attempt_at, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?)""",
                responseId, channelId, slug, text, inReplyTo, replyParent, ts(now), ts(now), ts(now), ts(now));
        return jdbc.queryForObject("select id from publication where slug = ?", Long.class, slug);
    }

    java.util.Optional<PublicationView> findByPlatformId(long channelId, String platformId) {
        return jdbc.query(VIEW_SELECT + " where p.channel_id = ? and p.platform_id = ? and p.state = 'PUBLISHED'",
                (rs, i) -> view(rs), channelId, platformId).stream().findFirst();
    }

    /** Takes up to {@code limit} due rows that no other instance holds, and marks them in flight. */
    List<Publication> claimDue(Instant now, int limit, String token, Instant leaseUntil) {
        return claim("state = 'PENDING' and next_attempt_at <= ? order by next_attempt_at, id limit ?",
                List.of(ts(now), limit), "state = 'IN_FLIGHT', claim_token = ?, lease_until = ?, "
                        + "attempts = attempts + 1, updated_at = ?", List.of(token, ts(leaseUntil), ts(now)));
    }

    /** Takes uncertain rows for reconciliation; the new next attempt keeps others away meanwhile. */
    List<Publication> claimUncertain(Instant now, int limit, String token, Instant leaseUntil) {
        return claim("state = 'UNCERTAIN' and next_attempt_at <= ? order by next_attempt_at, id limit ?",
                List.of(ts(now), limit), "claim_token = ?, next_attempt_at = ?, updated_at = ?",
                List.of(token, ts(leaseUntil), ts(now)));
    }

    /** Up to {@code limit} rows in flight past their lease: the instance crashed or the answer was lost. */
    List<Publication> expireLeases(Instant now, int limit) {
        return claim("state = 'IN_FLIGHT' and lease_until < ? order by lease_until, id limit ?",
                List.of(ts(now), limit),
                "state = 'UNCERTAIN', next_attempt_at = ?, error_code = 'LEASE_EXPIRED', error_detail = null, "
                        + "updated_at = ?", List.of(ts(now), ts(now)));
    }

    /**
     * Locks the matching rows no other transaction holds ({@code FOR UPDATE SKIP LOCKED}, which
     * PostgreSQL and H2 both know), changes them and commits before anyone calls a platform.
     */
    private List<Publication> claim(String where, List<Object> whereArgs, String set, List<Object> setArgs) {
        return transactions.execute(status -> {
            List<Long> ids = jdbc.queryForList("select id from publication where " + where + " for update skip locked",
                    Long.class, whereArgs.toArray());
            if (ids.isEmpty()) {
                return List.<Publication>of();
            }
            String in = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
            List<Object> args = new java.util.ArrayList<>(setArgs);
            args.addAll(ids);
            jdbc.update("update publication set " + set + " where id in (" + in + ")", args.toArray());
            return jdbc.query("select * from publication where id in (" + in + ")", PUBLICATION, ids.toArray());
        });
    }

    /** A late answer from the platform still settles an uncertain row it holds the claim of. */
    boolean markPublished(long id, String token, Published published, Instant now) {
        return jdbc.update("""
                update publication set state = 'PUBLISHED', platform_id = ?, url = ?, published_at = ?,
                                       next_attempt_at = null, lease_until = null, error_code = null,
                                       error_detail = null, updated_at = ?
                where id = ? and claim_token = ? and state in ('IN_FLIGHT', 'UNCERTAIN')""",
                published.platformId(), published.url(), ts(now), ts(now), id, token) == 1;
    }

    boolean reschedule(long id, String token, Instant next, PlatformFailure failure, Instant now) {
        return moveClaimed(id, token, PublicationState.PENDING, next, failure, now);
    }

    boolean markUncertain(long id, String token, Instant next, PlatformFailure failure, Instant now) {
        return moveClaimed(id, token, PublicationState.UNCERTAIN, next, failure, now);
    }

    boolean markFailed(long id, String token, PlatformFailure failure, Instant now) {
        return moveClaimed(id, token, PublicationState.FAILED, null, failure, now);
    }

    private boolean moveClaimed(long id, String token, PublicationState state, Instant next, PlatformFailure failure,
                                Instant now) {
        return jdbc.update("""
                update publication set state = ?, next_attempt_at = ?, lease_until = null, error_code = ?,
                                       error_detail = ?, updated_at = ?
                where id = ? and claim_token = ? and state in ('IN_FLIGHT', 'UNCERTAIN')""",
                state.name(), ts(next), failure.code().name(), failure.detail(), ts(now), id, token) == 1;
    }

    /** An editor's retry gives a failed row a full new set of attempts. */
    boolean retry(long id, Instant now) {
        return jdbc.update("""
                update publication set state = 'PENDING', next_attempt_at = ?, attempts = 0, error_code = null,
                                       error_detail = null, updated_at = ?
                where id = ? and state = 'FAILED'""", ts(now), ts(now), id) == 1;
    }

    boolean cancel(long id, Instant now) {
        return jdbc.update("""
                update publication set state = 'CANCELLED', next_attempt_at = null, updated_at = ?
                where id = ? and state in ('PENDING', 'FAILED')""", ts(now), id) == 1;
    }

    boolean markPublishedByHand(long id, String url, long personId, Instant now) {
        return jdbc.update("""
                update publication set state = 'PUBLISHED', url = ?, published_at = ?, published_by = ?,
                                       next_attempt_at = null, error_code = null, error_detail = null, updated_at = ?
                where id = ? and state in ('PENDING', 'FAILED')""", url, ts(now), personId, ts(now), id) == 1;
    }

    void cancelAll(long postId, Instant now) {
        jdbc.update("""
                update publication set state = 'CANCELLED', next_attempt_at = null, updated_at = ?
                where post_id = ? and state in ('PENDING', 'FAILED')""", ts(now), postId);
    }

    int startedCount(long postId) {
        Integer started = jdbc.queryForObject("""
                select count(*) from publication
                where post_id = ? and state in ('IN_FLIGHT', 'UNCERTAIN', 'PUBLISHED')""",
                Integer.class, postId);
        return started == null ? 0 : started;
    }

    /** All rows finished and at least one published. */
    boolean postPublished(long postId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select count(*) > 0
                       and count(*) = sum(case when state in ('PUBLISHED', 'CANCELLED') then 1 else 0 end)
                       and sum(case when state = 'PUBLISHED' then 1 else 0 end) > 0
                from publication where post_id = ?""", Boolean.class, postId));
    }

    java.util.Optional<Publication> find(long id) {
        return jdbc.query("select * from publication where id = ?", PUBLICATION, id).stream().findFirst();
    }

    List<PublicationView> forPost(long postId) {
        return jdbc.query(VIEW_SELECT + " where p.post_id = ? order by c.name", (rs, i) -> view(rs), postId);
    }

    java.util.Optional<PublicationView> view(long id) {
        return jdbc.query(VIEW_SELECT + " where p.id = ?", (rs, i) -> view(rs), id).stream().findFirst();
    }

    void recordAttempt(Publication publication, String action, String outcome, PlatformFailure failure,
                       Instant at) {
        jdbc.update("""
                insert into publication_attempt (publication_id, channel_id, action, outcome, error_code, detail,
                                                 http_status, at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", publication.id(), publication.channelId(), action, outcome,
                failure == null ? null : failure.code().name(), failure == null ? null : failure.detail(),
                failure == null ? null : failure.httpStatus(), ts(at));
    }

    Map<Long, Long> postsPublished(Instant from, Instant to) {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query("""
                select channel_id, count(*) from publication
                where state = 'PUBLISHED' and post_id is not null and published_at >= ? and published_at < ?
                group by channel_id""", rs -> {
            counts.put(rs.getLong(1), rs.getLong(2));
        }, ts(from), ts(to));
        return counts;
    }

    Map<Long, Instant> lastPublishedAt() {
        Map<Long, Instant> last = new HashMap<>();
        jdbc.query("select channel_id, max(published_at) from publication where state = 'PUBLISHED' group by channel_id",
                rs -> {
                    last.put(rs.getLong(1), rs.getTimestamp(2).toInstant());
                });
        return last;
    }

    /** Channels with at least {@code threshold} failed calls since their last success within the window. */
    List<ChannelAlert> alerts(Instant since, int threshold) {
        return jdbc.query("""
                select a.channel_id, c.name, count(*) as failures, max(a.at) as last_at,
                       (select f.error_code from publication_attempt f
                        where f.channel_id = a.channel_id and f.outcome in ('RETRY', 'FAILED', 'UNCERTAIN')
                        order by f.at desc, f.id desc limit 1) as last_code
                from publication_attempt a join channel c on c.id = a.channel_id
                where a.outcome in ('RETRY', 'FAILED', 'UNCERTAIN') and a.at > ?
                  and not exists (select 1 from publication_attempt s
                                  where s.channel_id = a.channel_id and s.outcome = 'PUBLISHED' and s.at >= a.at)
                group by a.channel_id, c.name having count(*) >= ? order by c.name""",
                (rs, i) -> new ChannelAlert(rs.getLong("channel_id"), rs.getString("name"), rs.getInt("failures"),
                        rs.getString("last_code"), rs.getTimestamp("last_at").toInstant()), ts(since), threshold);
    }

    private static PublicationView view(ResultSet rs) throws SQLException {
        Publication p = publication(rs, 0);
        ChannelKind kind = ChannelKind.valueOf(rs.getString("channel_kind"));
        return new PublicationView(p.id(), p.postId(), p.responseId(), p.channelId(), rs.getString("channel_name"),
                kind, p.state(), p.attempts(), p.dueAt(), p.nextAttemptAt(), p.platformId(), p.url(), p.errorCode(), p.errorDetail(),
                p.publishedAt(), kind.publishedByHand());
    }

    private static Publication publication(ResultSet rs, int row) throws SQLException {
        return new Publication(rs.getLong("id"), nullableLong(rs, "post_id"), rs.getLong("channel_id"),
                rs.getString("slug"),
                rs.getString("title"), rs.getString("text"), rs.getString("link"),
                PublicationState.valueOf(rs.getString("state")), instant(rs, "due_at"),
                instant(rs, "next_attempt_at"), rs.getInt("attempts"), rs.getString("claim_token"),
                instant(rs, "lease_until"), rs.getString("platform_id"), rs.getString("url"),
                rs.getString("error_code"), rs.getString("error_detail"), instant(rs, "published_at"),
                instant(rs, "created_at"), nullableLong(rs, "response_id"), rs.getString("in_reply_to"),
                rs.getString("reply_parent"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
