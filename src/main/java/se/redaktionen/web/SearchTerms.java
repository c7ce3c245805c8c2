package se.redaktionen.web;

import java.util.Arrays;
import java.util.List;

import se.redaktionen.Refused;

/**
 * What someone typed into a search box ({@code q=}), made safe before it reaches SQL: control
 * characters (NUL among them, which PostgreSQL refuses in text) become spaces, and a search longer
 * than {@link #MAX_LENGTH} or without a single letter or digit is a problem to tell them about,
 * never an error page.
 */
public final class SearchTerms {

    public static final int MAX_LENGTH = 200;

    private static final SearchTerms NONE = new SearchTerms("", null);

    private final String text;
    private final String problem;

    private SearchTerms(String text, String problem) {
        this.text = text;
        this.problem = problem;
    }

    public static SearchTerms of(String typed) {
        if (typed == null) {
            return NONE;
        }
        String text = typed.replaceAll("\\p{Cntrl}", " ").strip();
        if (text.isEmpty()) {
            return NONE;
        }
        if (text.length() > MAX_LENGTH) {
            return new SearchTerms(text, "search.tooLong");
        }
        if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return new SearchTerms(text, "search.noWords");
        }
        return new SearchTerms(text, null);
    }

    /** Whether anything was typed; a search with a problem is present too, and matches nothing. */
    public boolean present() {
        return !text.isEmpty();
    }

    /** The cleaned text, shown back in the search box. */
    public String text() {
        return text;
    }

    /** The message key saying why this search cannot be run, or null; its argument is {@link #MAX_LENGTH}. */
    public String problem() {
        return problem;
    }

    /** {@link #MAX_LENGTH}, for the search box and the message about it. */
    public int maxLength() {
        return MAX_LENGTH;
    }

    /** The API's answer to a search that cannot be run: 400 with the message. */
    public SearchTerms requireValid() {
        if (problem != null) {
            throw Refused.invalid(problem, MAX_LENGTH);
        }
        return this;
    }

    /** The words for the fallback without full-text search: each must occur somewhere, quotes and signs aside. */
    List<String> words() {
        return Arrays.stream(text.split("\\s+"))
                .map(w -> w.replaceAll("^[\\p{Punct}&&[^#@]]+|\\p{Punct}+$", ""))
                .filter(w -> !w.isEmpty())
                .toList();
    }
}
