package se.redaktionen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModuleStructureTest {

    static final ApplicationModules MODULES = ApplicationModules.of(RedaktionenApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        MODULES.verify();
    }

    /** README links to what this writes: the module overview and one canvas per module. */
    @Test
    void theModuleDocumentationIsWrittenIntoTarget() {
        new Documenter(MODULES).writeDocumentation();

        Path folder = Path.of("target", "spring-modulith-docs");
        assertThat(folder.resolve("components.puml")).isNotEmptyFile();
        assertThat(folder.resolve("all-docs.adoc")).exists();
    }
}
