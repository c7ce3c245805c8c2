package se.redaktionen.guideline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Guideline Markdown links only to the web, to e-mail or within Redaktionen; never to a script or a data page. */
class MarkdownRendererTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @ParameterizedTest
    @ValueSource(strings = {
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "DATA:text/html,<script>alert(1)</script>",
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "java&#x09;script:alert(1)",
            "java&#10;script:alert(1)",
            "&#x20;javascript:alert(1)",
            "javascript&#x3A;alert(1)",
            "&#0;javascript:alert(1)",
            "<java script:alert(1)>",
            "<\tdata:text/html,x>"})
    void aLinkOrImageToAnyOtherSchemeLosesItsAddress(String target) {
        String html = markdown.toSafeHtml("[d](" + target + ") ![b](" + target + ")");

        assertThat(html).contains("href=\"\"").contains("src=\"\"")
                .doesNotContainIgnoringCase("script:").doesNotContainIgnoringCase("data:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.botkyrka.se/bibliotek", "http://example.org/", "mailto:redaktionen@botkyrka.se",
            "/guidelines/3", "../bilder/logga.png", "#ansvar", "riktlinjer.html?del=2"})
    void webMailAndRelativeAddressesAreKept(String target) {
        assertThat(markdown.toSafeHtml("[d](" + target + ") ![b](" + target + ")"))
                .contains("href=\"" + target.replace("&", "&amp;") + "\"")
                .contains("src=\"" + target.replace("&", "&amp;") + "\"");
    }

    @Test
    void anAutolinkIsSanitisedLikeAnyLink() {
        assertThat(markdown.toSafeHtml("<javascript:alert(1)> <data:text/html,x>"))
                .doesNotContain("href=\"javascript").doesNotContain("href=\"data");
    }

    @Test
    void rawHtmlIsEscaped() {
        assertThat(markdown.toSafeHtml("<a href=\"javascript:alert(1)\">x</a>"))
                .doesNotContain("<a ").contains("&lt;a");
    }
}
