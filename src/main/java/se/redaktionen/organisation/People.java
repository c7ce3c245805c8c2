package se.redaktionen.organisation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.organisation.internal.Branch;
import se.redaktionen.organisation.internal.BranchRepository;
import se.redaktionen.organisation.internal.PersonRepository;

/** The organisation module's public API: people, branches and the editorial group. */
@Service
@Transactional(readOnly = true)
public class People {

    private final PersonRepository people;
    private final BranchRepository branches;

    People(PersonRepository people, BranchRepository branches) {
        this.people = people;
        this.branches = branches;
    }

    public Optional<PersonSummary> findByUsername(String username) {
        return people.findByUsername(Usernames.normalise(username)).map(p -> p.summary());
    }

    /** Everyone who can currently log in, by name. */
    public List<PersonSummary> activePeople() {
        return people.findByActiveTrueOrderByDisplayNameAsc().stream().map(p -> p.summary()).toList();
    }

    /** Every private social-media handle that active people have registered, for the guideline checks. */
    public List<String> registeredPrivateHandles() {
        return people.findByActiveTrueOrderByDisplayNameAsc().stream()
                .flatMap(p -> p.privateHandleList().stream()).distinct().toList();
    }

    /** Everyone, active or not, active first and by name: for pages that name many people at once. */
    public List<PersonSummary> everyone() {
        return people.findAllByOrderByActiveDescDisplayNameAsc().stream().map(p -> p.summary()).toList();
    }

    public Optional<SenderDetails> senderDetails(long id) {
        return people.findById(id).map(p -> p.senderDetails());
    }

    public Optional<PersonSummary> findById(long id) {
        return people.findById(id).map(p -> p.summary());
    }

    public List<BranchSummary> branches() {
        return branches.findAllByOrderByName().stream()
                .map(b -> new BranchSummary(b.getId(), b.getName(), b.isActive())).toList();
    }

    public List<String> activeBranchNames() {
        return branches.findByActiveTrueOrderByName().stream().map(Branch::getName).toList();
    }

    /** The editorial group is the active EDITORs; each represents their own branch. */
    public BranchCoverage editorialCoverage() {
        Set<Long> represented = people.findByRoleAndActiveTrue(Role.EDITOR).stream()
                .map(p -> p.getBranch().getId())
                .collect(Collectors.toSet());
        List<Branch> active = branches.findByActiveTrueOrderByName();
        return new BranchCoverage(
                active.stream().filter(b -> represented.contains(b.getId())).map(Branch::getName).toList(),
                active.stream().filter(b -> !represented.contains(b.getId())).map(Branch::getName).toList());
    }
}
