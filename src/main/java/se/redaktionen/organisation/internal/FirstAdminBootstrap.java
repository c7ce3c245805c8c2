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

    private final PersonRepository people;
    private final BranchRepository branches;
    private final PasswordEncoder passwordEncoder;
    private final RedaktionenProperties properties;

    FirstAdminBootstrap(PersonRepository people, BranchRepository branches, PasswordEncoder passwordEncoder,
                        RedaktionenProperties properties) {
        this.people = people;
        this.branches = branches;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (people.count() > 0) {
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
        // A person needs a branch; the admin moves themselves once the real branches exist.
        Branch branch = branches.findAllByOrderByName().stream().findFirst()
                .orElseGet(() -> branches.save(new Branch(FIRST_BRANCH_NAME, "ADM")));
        Person admin = new Person(username, username, username + "@localhost", branch, Role.ADMIN,
                passwordEncoder.encode(password));
        // The password sits in the deployment's environment; a personal one replaces it at first login.
        admin.changePassword(admin.getPasswordHash(), true);
        people.save(admin);
        log.info("Created the first admin '{}'", username);
    }
}
