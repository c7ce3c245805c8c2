package se.redaktionen.organisation;

import java.util.Locale;

/** Usernames are compared without regard to case; they are stored in lower case. */
public final class Usernames {

    public static final String PATTERN = "[a-z0-9][a-z0-9._-]{1,59}";

    private Usernames() {
    }

    public static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
