package se.redaktionen.post;

import java.time.Instant;

/** A post in a list for another module (the dashboard): what to call it, where it stands, when it changed. */
public record PostSummary(long id, String title, String excerpt, PostState state, Instant updatedAt) {

    /** The title when there is one, else the start of the text, as the post lists show it. */
    public String name() {
        return title == null || title.isBlank() ? excerpt : title;
    }
}
