package se.redaktionen.guideline;

/**
 * One finding of a rule in a text: which rule, how severe, the guideline it enforces, and what was
 * found (already masked where the finding itself is sensitive).
 */
public record Violation(long ruleId, RuleKind kind, Severity severity, long guidelineId, String guidelineTitle,
                        String finding) {

    public boolean blocks() {
        return severity == Severity.BLOCK;
    }
}
