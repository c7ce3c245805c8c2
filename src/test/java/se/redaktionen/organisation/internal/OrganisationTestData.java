package se.redaktionen.organisation.internal;

import org.springframework.context.ApplicationContext;

import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.Role;

/**
 * The organisation module's side of {@link se.redaktionen.support.TestData}. The module has no write
 * service yet (its admin controllers save through its repositories), so this does what they do.
 */
public final class OrganisationTestData {

    private OrganisationTestData() {
    }

    public static BranchSummary branch(ApplicationContext context, String name, String code) {
        Branch branch = context.getBean(BranchRepository.class).save(new Branch(name, code));
        return new BranchSummary(branch.getId(), branch.getName(), branch.isActive());
    }

    /** Someone at the branch with the given role and password hash; returns their id. */
    public static long person(ApplicationContext context, String username, long branchId, Role role,
                              String passwordHash) {
        Branch branch = context.getBean(BranchRepository.class).findById(branchId).orElseThrow();
        return context.getBean(PersonRepository.class).save(new Person(username, "Test " + username,
                username + "@example.org", branch, role, passwordHash)).getId();
    }
}
