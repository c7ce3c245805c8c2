package se.redaktionen.web;

/**
 * Text as typed, less the control characters nobody types on purpose: everything below U+0020 except
 * tab, line feed and carriage return. They are invisible, PostgreSQL refuses U+0000 in text (H2 stores
 * it), and XML exports refuse the rest, so every way text comes in (forms, JSON, imported files) drops
 * them rather than refusing what was typed.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    public static String strip(String text) {
        if (text == null || text.chars().noneMatch(ControlCharacters::unwanted)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !unwanted(c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    private static boolean unwanted(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
    }
}
