package se.redaktionen.guideline.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The record that a person has read one version of a guideline. */
@Entity
@Table(name = "guideline_acknowledgement")
public class Acknowledgement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "guideline_version_id", nullable = false)
    private long guidelineVersionId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(name = "acknowledged_at", nullable = false)
    private Instant acknowledgedAt;

    protected Acknowledgement() {
    }

    Acknowledgement(long guidelineVersionId, long personId, Instant acknowledgedAt) {
        this.guidelineVersionId = guidelineVersionId;
        this.personId = personId;
        this.acknowledgedAt = acknowledgedAt;
    }

    public long getGuidelineVersionId() {
        return guidelineVersionId;
    }

    public long getPersonId() {
        return personId;
    }

    public Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }
}
