package se.redaktionen.post.internal;

import java.util.List;

import se.redaktionen.guideline.PendingAcknowledgement;
import se.redaktionen.guideline.Violation;

/**
 * The workflow said no, and why: a message code from the bundles, plus the guidelines still to
 * acknowledge or the rule findings where those are the reason. Nothing was changed.
 */
class PostRefused extends RuntimeException {

    private final String code;
    private final List<PendingAcknowledgement> pendingGuidelines;
    private final List<Violation> violations;

    PostRefused(String code) {
        this(code, List.of(), List.of());
    }

    PostRefused(String code, List<PendingAcknowledgement> pendingGuidelines, List<Violation> violations) {
        super(code);
        this.code = code;
        this.pendingGuidelines = pendingGuidelines;
        this.violations = violations;
    }

    String code() {
        return code;
    }

    List<PendingAcknowledgement> pendingGuidelines() {
        return pendingGuidelines;
    }

    List<Violation> violations() {
        return violations;
    }

    /** A refusal because someone else acted first, as opposed to one about the post's content. */
    boolean conflict() {
        return code.equals("post.review.alreadyDecided") || code.equals("post.transition.forbidden")
                || code.equals("post.notEditable");
    }
}
