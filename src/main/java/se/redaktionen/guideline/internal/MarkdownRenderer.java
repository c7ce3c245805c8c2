package se.redaktionen.guideline.internal;

import java.util.List;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Guideline text is Markdown written by admins. Raw HTML in it is escaped, not passed through, and
 * link and image targets are http, https, mailto or relative: any other scheme (javascript:, data:,
 * vbscript:, in any case or with characters slipped in) becomes an empty address, so the rendered
 * text is safe to put on a page.
 */
@Component
class MarkdownRenderer {

    /** commonmark's default also lets data: through, which can carry a whole HTML page. */
    private static final List<String> SCHEMES = List.of("http", "https", "mailto");

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(SCHEMES)).build();

    String toSafeHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
