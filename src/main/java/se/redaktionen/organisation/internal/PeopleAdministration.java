package se.redaktionen.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import se.redaktionen.Refused;
import se.redaktionen.organisation.StaffUser;

/**
 * Adding and changing people: an admin's pages, everyone's own profile and password, the first admin and the
 * demo. What Bean Validation cannot know is checked here and rejected into the form's errors; a rejected form
 * changes nothing.
 */
@Service
@Transactional
class PeopleAdministration {

    private final PersonRepository people;
    private final BranchRepository branches;
    private final PasswordEncoder passwordEncoder;

    PeopleAdministration(PersonRepository people, BranchRepository branches, PasswordEncoder passwordEncoder) {
        this.people = people;
        this.branches = branches;
        this.passwordEncoder = passwordEncoder;
    }

    /** Active first, then by name. */
    @Transactional(readOnly = true)
    List<Person> everyone() {
        return people.findAllByOrderByActiveDescDisplayNameAsc();
    }

    /** The branches a person form offers, inactive ones included so that a person's own stays shown. */
    @Transactional(readOnly = true)
    List<Branch> branches() {
        return branches.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    Person find(long id) {
        return people.findById(id).orElseThrow(Refused::notFound);
    }

    @Transactional(readOnly = true)
    boolean anyone() {
        return people.count() > 0;
    }

    /** An admin adds someone, who gets a one-time password to replace at their first login. */
    Optional<IssuedPassword> create(PersonForm form, Errors errors) {
        Branch branch = validateNew(form, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        String oneTimePassword = OneTimePasswords.generate();
        Person person = save(form, branch, passwordEncoder.encode(oneTimePassword), true);
        return Optional.of(new IssuedPassword(person.getUsername(), oneTimePassword));
    }

    /**
     * Someone whose password is chosen already, encoded, and who has no form to show errors on (the first
     * admin, the demo's people): a rejection is the caller's mistake.
     */
    Person enrol(PersonForm form, String passwordHash, boolean mustChangePassword) {
        Errors errors = new BeanPropertyBindingResult(form, "personForm");
        Branch branch = validateNew(form, errors);
        if (errors.hasErrors()) {
            throw new IllegalArgumentException("Not a valid person: " + errors.getAllErrors());
        }
        return save(form, branch, passwordHash, mustChangePassword);
    }

    /**
     * An admin's edit: the person, changed unless the form was rejected, either way for the form to show
     * again. The username stays as created, and an admin keeps their own role.
     */
    Person update(long id, PersonForm form, StaffUser admin, Errors errors) {
        Person person = find(id);
        form.setUsername(person.getUsername());
        if (form.getVersion() != person.getVersion()) {
            errors.reject("form.conflict");
        }
        // An admin who demoted themselves could leave nobody able to manage people.
        if (person.getId() == admin.getPersonId() && form.getRole() != null && form.getRole() != person.getRole()) {
            errors.rejectValue("role", "person.ownRole");
        }
        Branch branch = person.getBranch().getId().equals(form.getBranchId())
                ? person.getBranch() : activeBranch(form.getBranchId(), errors);
        if (!errors.hasErrors()) {
            person.describe(form.getDisplayName(), form.getEmail(), branch, form.getRole(), form.getSignature(),
                    form.getPrivateHandles());
        }
        return person;
    }

    /** Deactivated people cannot log in but keep their history; an admin cannot lock themselves out. */
    Person deactivate(long id, StaffUser admin) {
        Person person = find(id);
        if (person.getId() == admin.getPersonId()) {
            throw Refused.unacceptable("people.cannotDeactivateSelf");
        }
        person.setActive(false);
        return person;
    }

    Person activate(long id) {
        Person person = find(id);
        person.setActive(true);
        return person;
    }

    /** A forgotten password is replaced by a one-time one, as for someone new. */
    IssuedPassword resetPassword(long id) {
        Person person = find(id);
        String oneTimePassword = OneTimePasswords.generate();
        person.changePassword(passwordEncoder.encode(oneTimePassword), true);
        return new IssuedPassword(person.getUsername(), oneTimePassword);
    }

    /** Someone's own profile: the person, changed unless the form was rejected. */
    Person updateProfile(long personId, ProfileForm form, Errors errors) {
        Person person = find(personId);
        if (form.getVersion() != person.getVersion()) {
            errors.reject("form.conflict");
        }
        if (!errors.hasErrors()) {
            person.describeSelf(form.getDisplayName(), form.getSignature(), form.getPrivateHandles(),
                    form.getLanguage());
        }
        return person;
    }

    /** Someone replaces their own password, knowing the current one; a new one must be new and not the username. */
    void changePassword(long personId, PasswordForm form, Errors errors) {
        Person person = find(personId);
        if (!errors.hasFieldErrors("currentPassword")
                && !passwordEncoder.matches(form.getCurrentPassword(), person.getPasswordHash())) {
            errors.rejectValue("currentPassword", "password.currentWrong");
        }
        if (!errors.hasFieldErrors("newPassword")) {
            if (form.getNewPassword().equalsIgnoreCase(person.getUsername())) {
                errors.rejectValue("newPassword", "password.sameAsUsername");
            } else if (form.getNewPassword().equals(form.getCurrentPassword())) {
                errors.rejectValue("newPassword", "password.sameAsCurrent");
            }
        }
        if (!errors.hasFieldErrors("confirmPassword")
                && !form.getConfirmPassword().equals(form.getNewPassword())) {
            errors.rejectValue("confirmPassword", "password.mismatch");
        }
        if (!errors.hasErrors()) {
            person.changePassword(passwordEncoder.encode(form.getNewPassword()), false);
        }
    }

    /** Usernames are unique, and a new person joins an active branch. */
    private Branch validateNew(PersonForm form, Errors errors) {
        if (!errors.hasFieldErrors("username") && people.findByUsername(form.getUsername()).isPresent()) {
            errors.rejectValue("username", "person.usernameTaken");
        }
        return activeBranch(form.getBranchId(), errors);
    }

    private Person save(PersonForm form, Branch branch, String passwordHash, boolean mustChangePassword) {
        Person person = new Person(form.getUsername(), passwordHash, mustChangePassword);
        person.describe(form.getDisplayName(), form.getEmail(), branch, form.getRole(), form.getSignature(),
                form.getPrivateHandles());
        return people.save(person);
    }

    private Branch activeBranch(Long branchId, Errors errors) {
        if (branchId == null) {
            return null;
        }
        Branch branch = branches.findById(branchId).filter(Branch::isActive).orElse(null);
        if (branch == null) {
            errors.rejectValue("branchId", "person.branchInactive");
        }
        return branch;
    }
}
