package se.redaktionen.web.internal;

import java.beans.PropertyEditorSupport;

/**
 * Text as typed, less the control characters nobody types on purpose: everything below U+0020 except
 * tab, line feed and carriage return. They are invisible, PostgreSQL refuses U+0000 in text (H2 stores
 * it), and XML exports refuse the rest, so they are dropped on the way in rather than refused: the rest
 * of what was typed is kept and saved. Registered for every form and request parameter by
 * {@link InputBinding}; the JSON API does the same through {@link InputModule}. Another editor for
 * {@code String} (trimming, say) replaces this one on a binder, so it should call {@link #strip} first.
 */
class ControlCharacterEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        setValue(strip(text));
    }

    static String strip(String text) {
        if (text == null || text.chars().noneMatch(ControlCharacterEditor::unwanted)) {
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
