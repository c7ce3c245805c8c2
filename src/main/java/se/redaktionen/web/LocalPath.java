package se.redaktionen.web;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A path within Redaktionen that a page may link or redirect back to, taken from a request
 * parameter. Only a plain absolute path is accepted: no scheme, no host, no {@code //} or {@code /\}
 * (which browsers read as another host), no whitespace or control characters, so a crafted link
 * cannot send anyone elsewhere.
 */
public final class LocalPath {

    private static final Pattern PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~-]{0,200}");

    private LocalPath() {
    }

    public static Optional<String> of(String candidate) {
        return candidate != null && PATH.matcher(candidate).matches() ? Optional.of(candidate) : Optional.empty();
    }
}
