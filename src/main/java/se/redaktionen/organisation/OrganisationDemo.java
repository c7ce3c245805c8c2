package se.redaktionen.organisation;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * What the zero-setup demo needs from the organisation module and nothing else does: branches and people
 * created without an admin at the keyboard. Only the {@code demo} module calls it.
 */
@NamedInterface("demo")
public interface OrganisationDemo {

    /** Someone to seed: a username, a name, an e-mail address, the name of their branch and their role. */
    record NewPerson(String username, String displayName, String email, String branch, Role role) {
    }

    boolean hasBranches();

    void addBranch(String name, String code);

    /** Everyone with the same password, encoded once. */
    void addPeople(List<NewPerson> people, String password);
}
