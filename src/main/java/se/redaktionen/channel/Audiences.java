package se.redaktionen.channel;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import se.redaktionen.channel.internal.AudienceCount;
import se.redaktionen.channel.internal.AudienceCountRepository;

/**
 * The channel module's public API for audience figures: one snapshot per channel per day, recorded by
 * the daily fetch (publishing module) or typed by a person, and read back for a period.
 *
 * <p>Recording is an update-or-insert that works on PostgreSQL and H2 alike: update the day's row, insert
 * it when there was none, and when another instance inserted it in between (the unique key refuses the
 * second insert) update again. Each attempt runs in a transaction of its own, because PostgreSQL cannot go
 * on in a transaction after a refused insert.
 */
@Service
public class Audiences {

    private static final String UPDATE_SNAPSHOT = """
            update audience_snapshot set followers = ?, fans = ?, source = ?, recorded_by = ?, recorded_at = ?
            where channel_id = ? and counted_on = ?""";
    private static final String INSERT_SNAPSHOT = """
            insert into audience_snapshot (followers, fans, source, recorded_by, recorded_at, channel_id, counted_on)
            values (?, ?, ?, ?, ?, ?, ?)""";

    private final AudienceCountRepository counts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    Audiences(AudienceCountRepository counts, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.counts = counts;
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Records a channel's audience on a day, replacing what that day had. A platform figure also marks
     * the channel's fetch as succeeded. Returns true when the day had no figure before.
     *
     * @param recordedBy the person who counted, for manual figures; null for the platform's
     */
    public boolean record(long channelId, LocalDate countedOn, int followers, Integer fans, AudienceSource source,
                          Long recordedBy) {
        if (countedOn == null || source == null || followers < 0 || (fans != null && fans < 0)) {
            throw new IllegalArgumentException("An audience figure needs a day, a source and counts of 0 or more");
        }
        Object[] values = {followers, new SqlParameterValue(Types.INTEGER, fans), source.name(),
                new SqlParameterValue(Types.BIGINT, recordedBy), Timestamp.from(clock.instant()), channelId,
                countedOn};
        boolean inserted = upsert(() -> jdbc.update(UPDATE_SNAPSHOT, values), () -> jdbc.update(INSERT_SNAPSHOT, values));
        if (source == AudienceSource.PLATFORM) {
            Timestamp now = Timestamp.from(clock.instant());
            upsert(() -> jdbc.update("""
                    update audience_fetch set attempted_at = ?, succeeded_at = ?, error_code = null,
                    error_detail = null where channel_id = ?""", now, now, channelId),
                    () -> jdbc.update("""
                            insert into audience_fetch (attempted_at, succeeded_at, channel_id)
                            values (?, ?, ?)""", now, now, channelId));
        }
        return inserted;
    }

    /**
     * Records that the daily fetch for a channel failed: why (a failure code of the publishing module) and
     * the platform's own words, if any. The day's figure, if one exists, is left as it was.
     */
    public void recordFetchFailure(long channelId, String errorCode, String errorDetail) {
        Timestamp now = Timestamp.from(clock.instant());
        String code = cut(errorCode == null ? "UNEXPECTED" : errorCode, 40);
        String detail = cut(errorDetail, 1000);
        upsert(() -> jdbc.update("""
                update audience_fetch set attempted_at = ?, error_code = ?, error_detail = ?
                where channel_id = ?""", now, code, detail, channelId),
                () -> jdbc.update("""
                        insert into audience_fetch (attempted_at, error_code, error_detail, channel_id)
                        values (?, ?, ?, ?)""", now, code, detail, channelId));
    }

    /** The snapshots of a channel from {@code from} to {@code to}, both included, oldest first. */
    @Transactional(readOnly = true)
    public List<AudienceSnapshot> snapshots(long channelId, LocalDate from, LocalDate to) {
        return counts.findByChannelIdAndCountedOnBetweenOrderByCountedOn(channelId, from, to).stream()
                .map(AudienceCount::snapshot).toList();
    }

    /** The change from the first to the last snapshot in the period; empty when the period has none. */
    @Transactional(readOnly = true)
    public Optional<AudienceChange> change(long channelId, LocalDate from, LocalDate to) {
        return change(snapshots(channelId, from, to));
    }

    /** The change over snapshots already read, oldest first. */
    public static Optional<AudienceChange> change(List<AudienceSnapshot> snapshots) {
        if (snapshots.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(AudienceChange.between(snapshots.get(0), snapshots.get(snapshots.size() - 1)));
    }

    /** The latest attempt of the daily fetch for the channel, if it was ever fetched. */
    public Optional<AudienceFetch> lastFetch(long channelId) {
        return jdbc.query("""
                select attempted_at, succeeded_at, error_code, error_detail from audience_fetch
                where channel_id = ?""", (rs, i) -> new AudienceFetch(rs.getTimestamp("attempted_at").toInstant(),
                rs.getTimestamp("succeeded_at") == null ? null : rs.getTimestamp("succeeded_at").toInstant(),
                rs.getString("error_code"), rs.getString("error_detail")), channelId).stream().findFirst();
    }

    private boolean upsert(IntSupplier update, IntSupplier insert) {
        try {
            return Boolean.TRUE.equals(ownTransaction.execute(status -> {
                if (update.getAsInt() > 0) {
                    return false;
                }
                insert.getAsInt();
                return true;
            }));
        } catch (DuplicateKeyException raced) {
            // Another instance inserted the same row between our update and insert: ours replaces it.
            ownTransaction.executeWithoutResult(status -> update.getAsInt());
            return false;
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
