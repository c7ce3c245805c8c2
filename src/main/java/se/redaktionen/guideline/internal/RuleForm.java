package se.redaktionen.guideline.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.redaktionen.guideline.RuleKind;
import se.redaktionen.guideline.Severity;

public class RuleForm {

    @NotNull(message = "{validation.required}")
    private RuleKind kind;

    @NotNull(message = "{validation.required}")
    private Long guidelineId;

    @NotNull(message = "{validation.required}")
    private Severity severity;

    @Size(max = 4000, message = "{validation.tooLong}")
    private String parameter;

    private long version;

    static RuleForm of(GuidelineRule rule) {
        RuleForm f = new RuleForm();
        f.kind = rule.getKind();
        f.guidelineId = rule.getGuidelineId();
        f.severity = rule.getSeverity();
        f.parameter = rule.getParameter();
        f.version = rule.getVersion();
        return f;
    }

    public RuleKind getKind() {
        return kind;
    }

    public void setKind(RuleKind kind) {
        this.kind = kind;
    }

    public Long getGuidelineId() {
        return guidelineId;
    }

    public void setGuidelineId(Long guidelineId) {
        this.guidelineId = guidelineId;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getParameter() {
        return parameter;
    }

    public void setParameter(String parameter) {
        this.parameter = parameter;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
