package se.redaktionen.post.internal;

import java.util.List;

import se.redaktionen.Refused;
import se.redaktionen.guideline.PendingAcknowledgement;
import se.redaktionen.guideline.Violation;

/**
 * The workflow said no, and why: a refusal whose message key comes with the guidelines still to
 * acknowledge or the rule findings where those are the reason. Nothing was changed.
 */
class PostRefused extends Refused {

    private final transient List<PendingAcknowledgement> pendingGuidelines;
    private final transient List<Violation> violations;

    private PostRefused(Kind kind, String code, List<PendingAcknowledgement> pendingGuidelines,
                        List<Violation> violations) {
        super(kind, code);
        this.pendingGuidelines = pendingGuidelines;
        this.violations = violations;
    }

    /** The post's content or timing is the reason. */
    static PostRefused unacceptable(String code) {
        return unacceptable(code, List.of(), List.of());
    }

    static PostRefused unacceptable(String code, List<PendingAcknowledgement> pendingGuidelines,
                               List<Violation> violations) {
        return new PostRefused(Kind.UNACCEPTABLE, code, pendingGuidelines, violations);
    }

    /** Someone else acted first, or the post has moved on. */
    static PostRefused conflict(String code) {
        return new PostRefused(Kind.CONFLICT, code, List.of(), List.of());
    }

    static PostRefused forbidden(String code) {
        return new PostRefused(Kind.FORBIDDEN, code, List.of(), List.of());
    }

    List<PendingAcknowledgement> pendingGuidelines() {
        return pendingGuidelines;
    }

    List<Violation> violations() {
        return violations;
    }
}
