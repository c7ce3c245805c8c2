package se.redaktionen.web.internal;

import java.beans.PropertyEditorSupport;

import se.redaktionen.web.ControlCharacters;

/**
 * Every form and request parameter without the control characters of {@link ControlCharacters}; registered
 * by {@link InputBinding}, and the JSON API does the same through {@link InputModule}. Another editor for
 * {@code String} (trimming, say) replaces this one on a binder, so it should call
 * {@link ControlCharacters#strip} first.
 */
class ControlCharacterEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        setValue(ControlCharacters.strip(text));
    }
}
