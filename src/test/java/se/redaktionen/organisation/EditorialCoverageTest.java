package se.redaktionen.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.redaktionen.support.PostgresTest;

@PostgresTest
class EditorialCoverageTest {

    @Autowired
    People people;

    @Test
    void demoEditorialGroupLeavesTullingeWithoutRepresentative() {
        BranchCoverage coverage = people.editorialCoverage();

        // Other tests may add branches of their own to the shared database; the demo six are fixed.
        assertThat(coverage.unrepresented()).contains("Tullinge")
                .doesNotContain("Alby", "Fittja", "Hallunda", "Storvreten", "Tumba");
        assertThat(coverage.represented()).contains("Alby", "Fittja", "Hallunda", "Storvreten", "Tumba")
                .doesNotContain("Tullinge");
    }
}
