package se.redaktionen.guideline;

/** Whose guideline it is: the library's own, or the municipality's. */
public enum GuidelineSource {
    OWN, MUNICIPAL
}
