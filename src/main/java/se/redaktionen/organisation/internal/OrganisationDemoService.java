package se.redaktionen.organisation.internal;

import java.util.List;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.organisation.OrganisationDemo;

@Service
@Transactional
class OrganisationDemoService implements OrganisationDemo {

    private final BranchRepository branches;
    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;

    OrganisationDemoService(BranchRepository branches, PersonRepository people, PasswordEncoder passwordEncoder) {
        this.branches = branches;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasBranches() {
        return branches.count() > 0;
    }

    @Override
    public void addBranch(String name, String code) {
        branches.save(new Branch(name, code));
    }

    @Override
    public void addPeople(List<NewPerson> newPeople, String password) {
        String hash = passwordEncoder.encode(password);
        for (NewPerson p : newPeople) {
            Branch branch = branches.findByNameIgnoreCase(p.branch()).orElseThrow();
            people.save(new Person(p.username(), p.displayName(), p.email(), branch, p.role(), hash));
        }
    }
}
