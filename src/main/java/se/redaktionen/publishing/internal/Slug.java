package se.redaktionen.publishing.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * The slug every publication carries: its idempotency key (the WordPress slug, the sandbox key, and how
 * reconciliation finds the post, by this exact slug) and, on a blog, the end of the post's public
 * address. So it reads as the title's words — Swedish letters as a reader types them in an address,
 * å ä ö é as a a o e — followed by eight random letters and digits.
 *
 * <p>The suffix is random rather than made from the publication's id: ids start over in every database
 * (a test installation, a restored or reset one) that may post to the same blog, and a slug the blog
 * already has would be changed by WordPress (it adds "-2"), so reconciliation would find the other
 * post and take it for ours. 36^8 suffixes make that as good as impossible. Slugs of earlier versions
 * ({@code rdk-<uuid>}) stay as they were stored and reconcile the same way.
 */
final class Slug {

    /** The publication table's slug column holds 60 characters. */
    static final int MAX_LENGTH = 60;
    static final int SUFFIX_LENGTH = 8;
    /** Words from a text with none a slug can use (only emoji, another script). */
    static final String NO_WORDS = "inlagg";

    private static final int MAX_WORDS = MAX_LENGTH - SUFFIX_LENGTH - 1;
    /** Letters that are no accented base letter, so taking the accents off leaves them as they are. */
    private static final Map<String, String> LETTERS = Map.of("æ", "ae", "ø", "o", "œ", "oe", "ß", "ss", "ð", "d",
            "đ", "d", "þ", "th", "ł", "l", "ı", "i");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^a-z0-9]+");
    private static final String DIGITS = "abcdefghijklmnopqrstuvwxyz0123456789";

    private Slug() {
    }

    /** A new slug for a publication titled {@code title}, or (no title) the first line of {@code text}. */
    static String of(String title, String text) {
        return words(title != null && !title.isBlank() ? title : firstLine(text)) + "-" + suffix();
    }

    /** The readable part: lower case, transliterated, words joined by hyphens, cut at a word. */
    static String words(String source) {
        String lower = source == null ? "" : source.toLowerCase(Locale.ROOT);
        StringBuilder plain = new StringBuilder(lower.length());
        lower.codePoints().forEach(c -> {
            String letter = new String(Character.toChars(c));
            plain.append(LETTERS.getOrDefault(letter, letter));
        });
        String ascii = ACCENTS.matcher(Normalizer.normalize(plain, Normalizer.Form.NFD)).replaceAll("");
        String words = NOT_A_WORD.matcher(ascii).replaceAll("-").replaceAll("^-+|-+$", "");
        if (words.length() > MAX_WORDS) {
            int cut = words.lastIndexOf('-', MAX_WORDS);
            words = (cut > 0 ? words.substring(0, cut) : words.substring(0, MAX_WORDS)).replaceAll("-+$", "");
        }
        return words.isEmpty() ? NO_WORDS : words;
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.strip().split("\\R", 2)[0];
    }

    private static String suffix() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder suffix = new StringBuilder(SUFFIX_LENGTH);
        for (int i = 0; i < SUFFIX_LENGTH; i++) {
            suffix.append(DIGITS.charAt(random.nextInt(DIGITS.length())));
        }
        return suffix.toString();
    }
}
