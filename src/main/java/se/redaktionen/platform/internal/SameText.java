package se.redaktionen.platform.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Whether a post found on a platform is ours: platforms shorten links (X's t.co) and trim
 * whitespace, so texts are compared without links and with whitespace collapsed.
 */
public final class SameText {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private SameText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String withoutLinks = LINK.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ");
        return SPACE.matcher(withoutLinks).replaceAll(" ").strip();
    }
}
