package se.redaktionen.demo;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.redaktionen.organisation.People;

/** The seeded people's ids by username, looked up once each. */
@Component
@DemoMode
class DemoPeople {

    private final People people;
    private final Map<String, Long> ids = new HashMap<>();

    DemoPeople(People people) {
        this.people = people;
    }

    long id(String username) {
        return ids.computeIfAbsent(username, u -> people.findByUsername(u).orElseThrow().id());
    }
}
