package se.redaktionen.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.redaktionen.organisation.OrganisationDemo;
import se.redaktionen.organisation.Role;

/**
 * Botkyrka's six branches and a dozen staff. Tullinge has no representative in the editorial group on
 * purpose, so that the coverage warning shows.
 */
@Component
@DemoMode
class OrganisationSeed {

    static final String PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(OrganisationSeed.class);

    private final OrganisationDemo organisation;

    OrganisationSeed(OrganisationDemo organisation) {
        this.organisation = organisation;
    }

    void seed() {
        if (organisation.hasBranches()) {
            return;
        }
        var branches = DemoCsv.read("branches.csv");
        branches.forEach(b -> organisation.addBranch(b.get("name"), b.get("code")));
        List<OrganisationDemo.NewPerson> people = DemoCsv.read("people.csv").stream()
                .map(p -> new OrganisationDemo.NewPerson(p.get("username"), p.get("display_name"),
                        p.get("username").replace("demo-", "demo.") + "@bibliotek.botkyrka.example", p.get("branch"),
                        Role.valueOf(p.get("role"))))
                .toList();
        organisation.addPeople(people, PASSWORD);
        log.info("Seeded demo data: {} branches, {} people", branches.size(), people.size());
    }
}
