package se.redaktionen.guideline.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import se.redaktionen.guideline.RuleKind;
import se.redaktionen.guideline.Severity;

/** A configured machine check, linked to the guideline it enforces. */
@Entity
@Table(name = "guideline_rule")
public class GuidelineRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private RuleKind kind;

    @Column(name = "guideline_id", nullable = false)
    private long guidelineId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 5)
    private Severity severity;

    /** Kind-specific: banned words, or the organisation's own e-mail domains, one per line. */
    @Column(length = 4000)
    private String parameter;

    private boolean active = true;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GuidelineRule() {
    }

    public GuidelineRule(RuleKind kind, long guidelineId, Severity severity, String parameter, Instant createdAt) {
        this.kind = kind;
        this.guidelineId = guidelineId;
        this.severity = severity;
        this.parameter = parameter;
        this.createdAt = createdAt;
    }

    List<String> parameterLines() {
        if (parameter == null) {
            return List.of();
        }
        return Arrays.stream(parameter.split("[\\r\\n,]+")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    void update(RuleKind kind, long guidelineId, Severity severity, String parameter) {
        this.kind = kind;
        this.guidelineId = guidelineId;
        this.severity = severity;
        this.parameter = parameter;
    }

    public Long getId() {
        return id;
    }

    public RuleKind getKind() {
        return kind;
    }

    public long getGuidelineId() {
        return guidelineId;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getParameter() {
        return parameter;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public long getVersion() {
        return version;
    }
}
