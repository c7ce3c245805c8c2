package se.redaktionen.api;

import java.security.Principal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;

@RestController
@RequestMapping("/api/v1")
@PreAuthorize("isAuthenticated()")
class MeController {

    /** The signed-in person, as the API shows them. */
    record Me(String username, String displayName, String role, String branch) {
    }

    private final People people;

    MeController(People people) {
        this.people = people;
    }

    @GetMapping("/me")
    @Operation(summary = "The person the request is authenticated as")
    Me me(Principal principal) {
        PersonSummary p = people.findByUsername(principal.getName()).orElseThrow();
        return new Me(p.username(), p.displayName(), p.role().name(), p.branchName());
    }
}
