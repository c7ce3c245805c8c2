package se.redaktionen.organisation.internal;

import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.organisation.OrganisationDemo;

/** The demo's branches and people, through the same administration as the admin's pages. */
@Service
@Transactional
class OrganisationDemoService implements OrganisationDemo {

    private final BranchAdministration branches;
    private final PeopleAdministration people;
    private final BranchRepository branchRepository;
    private final PasswordEncoder passwordEncoder;

    OrganisationDemoService(BranchAdministration branches, PeopleAdministration people,
                            BranchRepository branchRepository, PasswordEncoder passwordEncoder) {
        this.branches = branches;
        this.people = people;
        this.branchRepository = branchRepository;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasBranches() {
        return branchRepository.count() > 0;
    }

    @Override
    public void addBranch(String name, String code) {
        branches.create(name, code);
    }

    @Override
    public void addPeople(List<NewPerson> newPeople, String password) {
        String hash = passwordEncoder.encode(password);
        for (NewPerson p : newPeople) {
            long branchId = branchRepository.findByNameIgnoreCase(p.branch()).orElseThrow().getId();
            people.enrol(PersonForm.of(p.username(), p.displayName(), p.email(), branchId, p.role()), hash, false);
        }
    }
}
