package se.redaktionen.channel.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import se.redaktionen.channel.AudienceSnapshot;
import se.redaktionen.channel.AudienceSource;

/**
 * One row of {@code audience_snapshot}: a channel's audience on one day. Read through JPA; written
 * only by {@link se.redaktionen.channel.Audiences} with an update-or-insert, so a day never has two.
 */
@Entity
@Table(name = "audience_snapshot")
public class AudienceCount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "channel_id", nullable = false)
    private long channelId;

    @Column(name = "counted_on", nullable = false)
    private LocalDate countedOn;

    @Column(nullable = false)
    private int followers;

    private Integer fans;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AudienceSource source;

    @Column(name = "recorded_by")
    private Long recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected AudienceCount() {
    }

    public AudienceSnapshot snapshot() {
        return new AudienceSnapshot(countedOn, followers, fans, source);
    }

    public long getChannelId() {
        return channelId;
    }

    public LocalDate getCountedOn() {
        return countedOn;
    }

    public Long getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
