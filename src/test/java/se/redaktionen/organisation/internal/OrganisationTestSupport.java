package se.redaktionen.organisation.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUserDetailsService;

/** People made for one test, so that tests sharing the run's database never step on each other. */
final class OrganisationTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private OrganisationTestSupport() {
    }

    static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    static Person newPerson(PersonRepository people, BranchRepository branches, PasswordEncoder encoder,
                            Role role, String password) {
        Branch alby = branches.findByNameIgnoreCase("Alby").orElseThrow();
        String username = unique("test");
        return people.save(new Person(username, "Test " + username, username + "@example.org", alby, role,
                encoder.encode(password)));
    }

    static RequestPostProcessor as(StaffUserDetailsService users, String username) {
        return user(users.loadUserByUsername(username));
    }
}
