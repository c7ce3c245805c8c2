package se.redaktionen.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import se.redaktionen.organisation.Role;

/** Swedish first, English second: every text a page or a validation shows exists in both bundles. */
class MessageBundlesTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)[}(]");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:message = \"\\{([A-Za-z0-9_.]+)}\"|reject(?:Value)?\\((?:\"[A-Za-z0-9_]+\", )?\"([A-Za-z0-9_.]+)\")");

    @Test
    void swedishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(bundle("sv").stringPropertyNames()).isEqualTo(bundle("en").stringPropertyNames());
    }

    /** A properties file reads {@code \n} as a line break: a text that shows a backslash-n must write {@code \\n}. */
    @Test
    void noMessageHoldsALineBreakOrTabTheFileTurnedAnEscapeInto() throws IOException {
        for (String language : new String[] {"sv", "en"}) {
            Properties bundle = bundle(language);
            assertThat(bundle.stringPropertyNames()).allSatisfy(key ->
                    assertThat(bundle.getProperty(key)).as(language + " " + key).doesNotContain("\n", "\r", "\t"));
        }
    }

    @Test
    void everyKeyATemplateUsesExistsInBothBundles() throws IOException {
        Set<String> used = keysIn(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY);
        for (Role role : Role.values()) {
            used.add("role." + role.name());
        }
        assertThat(used).isNotEmpty();
        assertThat(bundle("sv").stringPropertyNames()).containsAll(used);
        assertThat(bundle("en").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyValidationAndRejectionCodeInTheCodeExistsInBothBundles() throws IOException {
        Set<String> used = keysIn(Path.of("src/main/java"), ".java", JAVA_KEY);
        assertThat(used).contains("validation.required", "person.usernameTaken");
        assertThat(bundle("sv").stringPropertyNames()).containsAll(used);
        assertThat(bundle("en").stringPropertyNames()).containsAll(used);
    }

    private static Set<String> keysIn(Path root, String suffix, Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    for (int g = 1; g <= m.groupCount(); g++) {
                        if (m.group(g) != null) {
                            keys.add(m.group(g));
                        }
                    }
                }
            }
        }
        return keys;
    }

    private static Properties bundle(String language) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/messages_" + language + ".properties");
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
