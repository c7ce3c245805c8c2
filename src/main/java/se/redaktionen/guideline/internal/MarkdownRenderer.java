package se.redaktionen.guideline.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Guideline text is Markdown written by admins. Raw HTML in it is escaped, not passed through, and
 * link targets are sanitised (no javascript: URLs), so the rendered text is safe to put on a page.
 */
@Component
class MarkdownRenderer {

    private final Parser parser = Parser.builder().build();
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    String toSafeHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
