package se.redaktionen.response;

/** Counts for the navigation and the dashboard. */
public record ResponseOverview(long mineOpen, long overdue, long escalated, long unassigned) {
}
