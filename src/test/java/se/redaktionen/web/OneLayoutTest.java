package se.redaktionen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The skeleton (head, header with the navigation, footer) lives once, in {@code fragments/layout.html}; a page
 * that wrote its own would drift from the others (a missing skip link, an old navigation).
 */
class OneLayoutTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern SKELETON = Pattern.compile("<(head|header|footer)[\\s>]");
    private static final String LAYOUT = "th:replace=\"~{fragments/layout :: layout(";

    @Test
    void noPageTemplateWritesItsOwnHeadHeaderOrFooter() {
        assertThat(pageTemplates()).isNotEmpty().allSatisfy(page ->
                assertThat(SKELETON.matcher(read(page)).find()).as(page.toString()).isFalse());
    }

    @Test
    void everyPageWithAMainUsesTheLayout() {
        assertThat(pageTemplates().stream().filter(page -> read(page).contains("<main")))
                .hasSizeGreaterThan(30)
                .allSatisfy(page -> assertThat(read(page)).as(page.toString()).contains(LAYOUT));
    }

    private static List<Path> pageTemplates() {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html"))
                    .filter(file -> !TEMPLATES.relativize(file).startsWith("fragments"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
