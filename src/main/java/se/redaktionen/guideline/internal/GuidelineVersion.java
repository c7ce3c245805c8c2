package se.redaktionen.guideline.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One published text of a guideline. Never changed once published: history is kept whole. */
@Entity
@Table(name = "guideline_version")
public class GuidelineVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "guideline_id", nullable = false)
    private long guidelineId;

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 20000)
    private String body;

    @Column(name = "change_note", nullable = false, length = 500)
    private String changeNote;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    private long publishedBy;

    protected GuidelineVersion() {
    }

    GuidelineVersion(long guidelineId, int number, String title, String body, String changeNote, long publishedBy,
                     Instant publishedAt) {
        this.guidelineId = guidelineId;
        this.number = number;
        this.title = title;
        this.body = body;
        this.changeNote = changeNote;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    public Long getId() {
        return id;
    }

    public long getGuidelineId() {
        return guidelineId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getPublishedBy() {
        return publishedBy;
    }
}
