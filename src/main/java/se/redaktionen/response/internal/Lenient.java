package se.redaktionen.response.internal;

import java.util.Locale;

/**
 * Reads a value typed into an address or a file without refusing it: what cannot be read is null, so
 * that the caller decides whether that is ignored (a filter) or a problem to report (a row, a form).
 */
final class Lenient {

    private Lenient() {
    }

    /** The constant named by {@code value}, in any case and with spaces around it; null otherwise. */
    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    static Long parseLong(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
