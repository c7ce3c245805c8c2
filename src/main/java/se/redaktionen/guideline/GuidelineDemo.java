package se.redaktionen.guideline;

import org.springframework.modulith.NamedInterface;

/**
 * What the zero-setup demo needs from the guideline module and nothing else does: guidelines and rules
 * created without an admin at the keyboard, at the clock's time. Only the {@code demo} module calls it.
 */
@NamedInterface("demo")
public interface GuidelineDemo {

    boolean hasGuidelines();

    /** A new guideline with its first version, published by {@code adminId}; returns the guideline's id. */
    long publish(String title, GuidelineSource source, String body, String changeNote, long adminId);

    boolean hasRules();

    /** A rule of this kind, at its kind's default severity, on the guideline with this title. */
    void addRule(String guidelineTitle, RuleKind kind, String parameter);
}
