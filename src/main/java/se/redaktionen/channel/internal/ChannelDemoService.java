package se.redaktionen.channel.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.channel.AudienceSource;
import se.redaktionen.channel.ChannelDemo;
import se.redaktionen.platform.ChannelKind;

@Service
@Transactional
class ChannelDemoService implements ChannelDemo {

    private final ChannelRepository channels;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ChannelDemoService(ChannelRepository channels, JdbcTemplate jdbc, Clock clock) {
        this.channels = channels;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasChannels() {
        return channels.count() > 0;
    }

    @Override
    public long add(NewChannel c) {
        Channel channel = new Channel(c.name(), c.kind(), c.signature(), clock.instant());
        channel.describe(c.name(), c.kind(), c.handle(), null, c.purpose(), c.responsibleId(), c.deputyId(),
                c.started(), c.signature());
        return channels.saveAndFlush(channel).getId();
    }

    @Override
    public void practiseAs(long channelId, ChannelKind kind) {
        channels.findById(channelId).orElseThrow().practiseAs(kind);
    }

    @Override
    public void retire(long channelId, LocalDate on, String reason) {
        channels.findById(channelId).orElseThrow().retire(on, reason);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasAudience() {
        Integer snapshots = jdbc.queryForObject("select count(*) from audience_snapshot", Integer.class);
        return snapshots != null && snapshots > 0;
    }

    @Override
    public void recordAudience(long channelId, LocalDate countedOn, int followers, Integer fans, AudienceSource source,
                               Long recordedBy) {
        jdbc.update("""
                insert into audience_snapshot (channel_id, counted_on, followers, fans, source, recorded_by,
                recorded_at) values (?, ?, ?, ?, ?, ?, ?)""", channelId, Date.valueOf(countedOn), followers,
                new SqlParameterValue(Types.INTEGER, fans), source.name(), new SqlParameterValue(Types.BIGINT,
                        recordedBy), Timestamp.from(clock.instant()));
    }
}
