package se.redaktionen.web.internal;

import java.beans.PropertyEditorSupport;

import se.redaktionen.web.ControlCharacters;
import se.redaktionen.web.TrimmedText;

/**
 * Every form and request parameter without the control characters of {@link ControlCharacters}, and a
 * form's text fields also {@link TrimmedText trimmed}; registered by {@link InputBinding}, and the JSON
 * API strips control characters the same way through {@link InputModule}.
 */
class ControlCharacterEditor extends PropertyEditorSupport {

    private final boolean trimmed;

    private ControlCharacterEditor(boolean trimmed) {
        this.trimmed = trimmed;
    }

    /** For a form field: trimmed, blank read as nothing. */
    static ControlCharacterEditor trimming() {
        return new ControlCharacterEditor(true);
    }

    /** For a request parameter or an {@link se.redaktionen.AsTyped} field: every space kept. */
    static ControlCharacterEditor asTyped() {
        return new ControlCharacterEditor(false);
    }

    @Override
    public void setAsText(String text) {
        String clean = ControlCharacters.strip(text);
        setValue(trimmed ? TrimmedText.of(clean) : clean);
    }
}
