package se.redaktionen.post.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import se.redaktionen.guideline.RuleKind;

/** The record that the approving editor saw a WARN finding and approved the post anyway. */
@Entity
@Table(name = "post_warning_acknowledgement")
public class WarningAcknowledgement extends PostRecord {

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_kind", nullable = false, length = 40)
    private RuleKind ruleKind;

    @Column(nullable = false, length = 500)
    private String finding;

    @Column(name = "guideline_title", nullable = false, length = 200)
    private String guidelineTitle;

    @Column(name = "acknowledged_by", nullable = false)
    private long acknowledgedBy;

    protected WarningAcknowledgement() {
    }

    WarningAcknowledgement(long postId, RuleKind ruleKind, String finding, String guidelineTitle,
                           long acknowledgedBy, Instant at) {
        super(postId, at);
        this.ruleKind = ruleKind;
        this.finding = finding.length() > 500 ? finding.substring(0, 500) : finding;
        this.guidelineTitle = guidelineTitle;
        this.acknowledgedBy = acknowledgedBy;
    }

    public RuleKind getRuleKind() {
        return ruleKind;
    }

    public String getFinding() {
        return finding;
    }

    public String getGuidelineTitle() {
        return guidelineTitle;
    }

    public long getAcknowledgedBy() {
        return acknowledgedBy;
    }
}
