package se.redaktionen.organisation.internal;

import org.springframework.context.ApplicationContext;

import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.Role;

/**
 * The organisation module's side of {@link se.redaktionen.support.TestData}: branches and people through the
 * module's administration, checked as the admin's forms are checked.
 */
public final class OrganisationTestData {

    private OrganisationTestData() {
    }

    public static BranchSummary branch(ApplicationContext context, String name, String code) {
        Branch branch = context.getBean(BranchAdministration.class).create(name, code);
        return new BranchSummary(branch.getId(), branch.getName(), branch.isActive());
    }

    /**
     * Someone at the branch with the given role and password hash, as the demo's people are made: they sign
     * in with that password and are not asked to replace it. Returns their id.
     */
    public static long person(ApplicationContext context, String username, long branchId, Role role,
                              String passwordHash) {
        PersonForm form = PersonForm.of(username, "Test " + username, username + "@example.org", branchId, role);
        return context.getBean(PeopleAdministration.class).enrol(form, passwordHash, false).getId();
    }
}
