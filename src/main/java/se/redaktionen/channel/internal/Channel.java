package se.redaktionen.channel.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import se.redaktionen.channel.ChannelKind;
import se.redaktionen.channel.ChannelSummary;

@Entity
public class Channel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ChannelKind kind;

    @Column(name = "signature_template", length = 200)
    private String signatureTemplate;

    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Channel() {
    }

    public Channel(String name, ChannelKind kind, String signatureTemplate, Instant createdAt) {
        this.name = name;
        this.kind = kind;
        this.signatureTemplate = signatureTemplate;
        this.createdAt = createdAt;
    }

    public ChannelSummary summary() {
        return new ChannelSummary(id, name, kind, signatureTemplate, active);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }
}
