package se.redaktionen.response.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.response.SupervisionWarning;

/**
 * The supervision log the law on electronic bulletin boards asks for: each time someone has gone
 * through a channel's new responses, and each channel's interval (7 days unless set).
 */
@Component
class Supervisions {

    static final int DEFAULT_INTERVAL_DAYS = 7;

    record Entry(long channelId, long supervisedBy, Instant supervisedAt, int openCount) {
    }

    private final JdbcTemplate jdbc;
    private final Channels channels;
    private final Clock clock;

    Supervisions(JdbcTemplate jdbc, Channels channels, Clock clock) {
        this.jdbc = jdbc;
        this.channels = channels;
        this.clock = clock;
    }

    void record(long channelId, long personId, int openCount) {
        jdbc.update("insert into supervision (channel_id, supervised_by, supervised_at, open_count) values (?, ?, ?, ?)",
                channelId, personId, Timestamp.from(clock.instant()), openCount);
    }

    List<Entry> latest(long channelId, int limit) {
        return jdbc.query("""
                select channel_id, supervised_by, supervised_at, open_count from supervision
                where channel_id = ? order by supervised_at desc, id desc limit ?""",
                (rs, i) -> new Entry(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getInt(4)),
                channelId, limit);
    }

    int intervalDays(long channelId) {
        List<Integer> days = jdbc.queryForList(
                "select supervision_interval_days from response_channel where channel_id = ?", Integer.class,
                channelId);
        return days.isEmpty() ? DEFAULT_INTERVAL_DAYS : days.get(0);
    }

    void setIntervalDays(long channelId, int days) {
        if (jdbc.update("update response_channel set supervision_interval_days = ? where channel_id = ?", days,
                channelId) == 0) {
            try {
                jdbc.update("insert into response_channel (channel_id, supervision_interval_days) values (?, ?)",
                        channelId, days);
            } catch (DuplicateKeyException raced) {
                jdbc.update("update response_channel set supervision_interval_days = ? where channel_id = ?", days,
                        channelId);
            }
        }
    }

    List<SupervisionWarning> overdue() {
        Instant now = clock.instant();
        return channels.active().stream().map(c -> warning(c, now)).filter(java.util.Objects::nonNull).toList();
    }

    private SupervisionWarning warning(ChannelSummary channel, Instant now) {
        int interval = intervalDays(channel.id());
        List<Entry> last = latest(channel.id(), 1);
        Instant lastAt = last.isEmpty() ? null : last.get(0).supervisedAt();
        boolean overdue = lastAt == null || lastAt.isBefore(now.minus(Duration.ofDays(interval)));
        return overdue ? new SupervisionWarning(channel.id(), channel.name(), interval, lastAt) : null;
    }
}
