package se.redaktionen.organisation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.organisation.Role;

/**
 * Botkyrka's six branches and a dozen staff, seeded once in the zero-setup mode. Tullinge has no
 * representative in the editorial group on purpose, so that the coverage warning shows.
 */
@Component
@ConditionalOnProperty(name = "redaktionen.demo-mode", havingValue = "true")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record DemoPerson(String username, String displayName, String branch, Role role) {
    }

    private static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("demo-admin", "Eva Admin", "Tumba", Role.ADMIN),
            new DemoPerson("demo-editor", "Elin Redaktör", "Alby", Role.EDITOR),
            new DemoPerson("demo-staff", "Samir Personal", "Fittja", Role.STAFF),
            new DemoPerson("anna.lind", "Anna Lind", "Fittja", Role.EDITOR),
            new DemoPerson("omar.haddad", "Omar Haddad", "Hallunda", Role.EDITOR),
            new DemoPerson("sara.nilsson", "Sara Nilsson", "Storvreten", Role.EDITOR),
            new DemoPerson("johan.berg", "Johan Berg", "Tumba", Role.EDITOR),
            new DemoPerson("leila.karimi", "Leila Karimi", "Alby", Role.STAFF),
            new DemoPerson("erik.holm", "Erik Holm", "Hallunda", Role.STAFF),
            new DemoPerson("maria.svensson", "Maria Svensson", "Tullinge", Role.STAFF),
            new DemoPerson("karin.ek", "Karin Ek", "Tullinge", Role.STAFF),
            new DemoPerson("ahmed.yusuf", "Ahmed Yusuf", "Storvreten", Role.STAFF),
            new DemoPerson("niklas.falk", "Niklas Falk", "Tumba", Role.STAFF));

    private final BranchRepository branches;
    private final PersonRepository people;
    private final PasswordEncoder passwordEncoder;

    DemoData(BranchRepository branches, PersonRepository people, PasswordEncoder passwordEncoder) {
        this.branches = branches;
        this.people = people;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (branches.count() > 0) {
            return;
        }
        Map<String, Branch> byName = new LinkedHashMap<>();
        for (String[] b : new String[][] {{"Alby", "ALB"}, {"Fittja", "FIT"}, {"Hallunda", "HAL"},
                {"Storvreten", "STO"}, {"Tullinge", "TUL"}, {"Tumba", "TUM"}}) {
            byName.put(b[0], branches.save(new Branch(b[0], b[1])));
        }
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        for (DemoPerson p : PEOPLE) {
            String email = p.username().replace("demo-", "demo.") + "@bibliotek.botkyrka.example";
            people.save(new Person(p.username(), p.displayName(), email, byName.get(p.branch()), p.role(), hash));
        }
        log.info("Seeded demo data: {} branches, {} people", byName.size(), PEOPLE.size());
    }
}
