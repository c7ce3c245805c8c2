package se.redaktionen.guideline;

/** A current guideline version a person has not yet acknowledged. */
public record PendingAcknowledgement(long guidelineId, String title, GuidelineSource source, int version) {
}
