package se.redaktionen.web;

import se.redaktionen.AsTyped;

/**
 * How a typed one-line value is read: without the spaces around it, and nothing at all when nothing
 * but spaces was typed. Every form field gets this from the binder (unless {@link AsTyped}); an API that
 * fills a form from JSON calls it for the fields the form would have trimmed.
 */
public final class TrimmedText {

    private TrimmedText() {
    }

    public static String of(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
