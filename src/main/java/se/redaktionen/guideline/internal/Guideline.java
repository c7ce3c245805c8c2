package se.redaktionen.guideline.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import se.redaktionen.guideline.GuidelineSource;

/** A guideline document. Its text lives in versions; a new version must be acknowledged anew. */
@Entity
public class Guideline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private GuidelineSource source;

    private boolean active = true;

    @Column(name = "current_version", nullable = false)
    private int currentVersion;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Guideline() {
    }

    public Guideline(String title, GuidelineSource source, Instant createdAt) {
        this.title = title;
        this.source = source;
        this.createdAt = createdAt;
    }

    /** The next version of the text; the caller stores it. */
    GuidelineVersion publish(String newTitle, String body, String changeNote, long publishedBy, Instant at) {
        currentVersion++;
        title = newTitle;
        return new GuidelineVersion(id, currentVersion, newTitle, body, changeNote, publishedBy, at);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public GuidelineSource getSource() {
        return source;
    }

    public void setSource(GuidelineSource source) {
        this.source = source;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public int getCurrentVersion() {
        return currentVersion;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
