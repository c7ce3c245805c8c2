package se.redaktionen.organisation;

import java.util.List;

/** Which active branches have a representative in the editorial group, and which lack one. */
public record BranchCoverage(List<String> represented, List<String> unrepresented) {

    public boolean complete() {
        return unrepresented.isEmpty();
    }
}
