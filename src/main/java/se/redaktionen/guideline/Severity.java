package se.redaktionen.guideline;

/** BLOCK stops a post from being submitted; WARN must be acknowledged by the approving editor. */
public enum Severity {
    BLOCK, WARN
}
