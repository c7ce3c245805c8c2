package se.redaktionen.organisation.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.Errors;

import se.redaktionen.Refused;

/**
 * Adding, renaming and (de)activating branches, for the admin's pages, the first admin and the demo. What
 * Bean Validation cannot know is checked here and rejected into the form's errors; a rejected form changes
 * nothing.
 */
@Service
@Transactional
class BranchAdministration {

    private final BranchRepository branches;

    BranchAdministration(BranchRepository branches) {
        this.branches = branches;
    }

    @Transactional(readOnly = true)
    List<Branch> all() {
        return branches.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    Branch find(long id) {
        return branches.findById(id).orElseThrow(Refused::notFound);
    }

    Optional<Branch> create(BranchForm form, Errors errors) {
        rejectDuplicates(form, null, errors);
        if (errors.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(branches.save(new Branch(form.getName(), form.getCode())));
    }

    /** For callers with no form to show errors on (the first admin, the demo): a rejection is their mistake. */
    Branch create(String name, String code) {
        BranchForm form = BranchForm.named(name, code);
        Errors errors = new BeanPropertyBindingResult(form, "branchForm");
        return create(form, errors)
                .orElseThrow(() -> new IllegalArgumentException("Not a valid branch: " + errors.getAllErrors()));
    }

    /** The branch, changed unless the form was rejected; either way for the form to show again. */
    Branch update(long id, BranchForm form, Errors errors) {
        Branch branch = find(id);
        if (form.getVersion() != branch.getVersion()) {
            errors.reject("form.conflict");
        }
        rejectDuplicates(form, branch.getId(), errors);
        if (!errors.hasErrors()) {
            branch.rename(form.getName(), form.getCode());
        }
        return branch;
    }

    /** An inactive branch keeps its people and history; it is offered to no one new and needs no editor. */
    Branch setActive(long id, boolean active) {
        Branch branch = find(id);
        branch.setActive(active);
        return branch;
    }

    private void rejectDuplicates(BranchForm form, Long ownId, Errors errors) {
        if (!errors.hasFieldErrors("name") && branches.findByNameIgnoreCase(form.getName())
                .filter(b -> !b.getId().equals(ownId)).isPresent()) {
            errors.rejectValue("name", "branch.nameTaken");
        }
        if (!errors.hasFieldErrors("code") && branches.findByCodeIgnoreCase(form.getCode())
                .filter(b -> !b.getId().equals(ownId)).isPresent()) {
            errors.rejectValue("code", "branch.codeTaken");
        }
    }
}
