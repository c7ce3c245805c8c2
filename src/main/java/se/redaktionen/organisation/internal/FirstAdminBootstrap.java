package se.redaktionen.organisation.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.StartupSettingMissing;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.Usernames;

/** In production, an empty database gets its first admin from the environment, or start-up stops. */
@Component
@ConditionalOnProperty(name = "redaktionen.demo-mode", havingValue = "false", matchIfMissing = true)
@Order(10)
class FirstAdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdminBootstrap.class);
    static final String FIRST_BRANCH_NAME = "Administration";

    private final PeopleAdministration people;
    private final BranchAdministration branches;
    private final PasswordEncoder passwordEncoder;
    private final RedaktionenProperties properties;

    FirstAdminBootstrap(PeopleAdministration people, BranchAdministration branches, PasswordEncoder passwordEncoder,
                        RedaktionenProperties properties) {
        this.people = people;
        this.branches = branches;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (people.anyone()) {
            return;
        }
        String username = Usernames.normalise(properties.adminUsername());
        String password = properties.adminPassword();
        if (username.isEmpty() || password == null || password.isBlank()) {
            throw new StartupSettingMissing("The database has no users: set REDAKTIONEN_ADMIN_USERNAME and "
                    + "REDAKTIONEN_ADMIN_PASSWORD to create the first admin.");
        }
        if (!username.matches(Usernames.PATTERN)) {
            throw new StartupSettingMissing("REDAKTIONEN_ADMIN_USERNAME must be 2-60 characters of a-z, 0-9, "
                    + "'.', '_' or '-'.");
        }
        // A person needs an active branch; the admin moves themselves once the real branches exist.
        long branchId = branches.all().stream().filter(Branch::isActive).findFirst()
                .orElseGet(() -> branches.create(FIRST_BRANCH_NAME, "ADM")).getId();
        // The password sits in the deployment's environment; a personal one replaces it at first login.
        people.enrol(PersonForm.of(username, username, username + "@localhost", branchId, Role.ADMIN),
                passwordEncoder.encode(password), true);
        log.info("Created the first admin '{}'", username);
    }
}
