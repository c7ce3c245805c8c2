package se.redaktionen.channel.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;

/** The channels through the API. Credentials are never part of it; only whether some are stored. */
@RestController
@RequestMapping("/api/v1/channels")
@PreAuthorize("isAuthenticated()")
class ChannelApiController {

    record ChannelView(long id, String name, String kind, String handle, String branch, String purpose,
                       String responsible, String deputy, LocalDate startedOn, String status, LocalDate retiredOn,
                       String retiredReason, boolean credentialsStored) {
    }

    private final ChannelRepository channels;
    private final People people;

    ChannelApiController(ChannelRepository channels, People people) {
        this.channels = channels;
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "Every channel, active first; retired ones keep their history")
    List<ChannelView> list() {
        var branchNames = people.branches();
        return channels.findAllByOrderByStatusAscNameAsc().stream().map(c -> new ChannelView(c.getId(), c.getName(),
                c.getKind().name(), c.getHandle(),
                c.getBranchId() == null ? null : branchNames.stream().filter(b -> b.id() == c.getBranchId())
                        .map(b -> b.name()).findFirst().orElse(null),
                c.getPurpose(), username(c.getResponsibleId()), username(c.getDeputyId()), c.getStartedOn(),
                c.getStatus().name(), c.getRetiredOn(), c.getRetiredReason(), c.hasCredentials())).toList();
    }

    private String username(Long id) {
        return id == null ? null : people.findById(id).map(PersonSummary::username).orElse(null);
    }
}
