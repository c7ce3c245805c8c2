package se.redaktionen.platform.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * What the platforms' classes make of their texts and times when reading responses: HTML turned into
 * text, and texts and names cut to what the response table holds, so that one long comment can never
 * keep the others of its page from being stored.
 */
public final class InboundText {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_NAME = 200;

    /** How far back a channel's very first reading of responses goes, and how far back late ones are looked for. */
    public static final Duration FIRST_READING = Duration.ofDays(30);

    private static final Pattern LINE_BREAK = Pattern.compile("(?i)(<br\\s*/?>|</li\\s*>)[ \\t]*\\r?\\n?");
    private static final Pattern PARAGRAPH_END = Pattern.compile("(?i)</(p|div|blockquote)\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t\\r]*\\n(\\s*\\n)+");
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxx");

    private InboundText() {
    }

    /** A comment's HTML as the text a person reads: paragraphs and line breaks kept, tags gone, entities read. */
    public static String fromHtml(String html) {
        if (html == null) {
            return "";
        }
        String text = LINE_BREAK.matcher(html).replaceAll("\n");
        text = PARAGRAPH_END.matcher(text).replaceAll("\n\n");
        text = TAG.matcher(text).replaceAll("");
        text = HtmlUtils.htmlUnescape(text).replace('\u00a0', ' ');
        return BLANK_LINES.matcher(text.strip()).replaceAll("\n\n");
    }

    public static String text(String text) {
        return cut(text == null ? "" : text.strip(), MAX_TEXT);
    }

    public static String name(String name) {
        return name == null || name.isBlank() ? null : cut(name.strip(), MAX_NAME);
    }

    /** Graph's {@code 2026-11-26T10:00:00+0000}, or ISO-8601 with an offset; null when unreadable. */
    public static Instant graphTime(String time) {
        if (time == null || time.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(time, GRAPH_TIME).toInstant();
        } catch (DateTimeParseException notGraphs) {
            try {
                return OffsetDateTime.parse(time).toInstant();
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
