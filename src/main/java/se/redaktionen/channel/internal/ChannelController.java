package se.redaktionen.channel.internal;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import se.redaktionen.channel.PublicationActivity;
import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;

/** Every channel the library has or had, for everyone: kind, branch, who answers for it, status. */
@Controller
@PreAuthorize("isAuthenticated()")
class ChannelController {

    private final ChannelRepository channels;
    private final People people;
    private final ObjectProvider<PublicationActivity> activity;

    ChannelController(ChannelRepository channels, People people, ObjectProvider<PublicationActivity> activity) {
        this.channels = channels;
        this.people = people;
        this.activity = activity;
    }

    @GetMapping("/channels")
    String overview(Model model) {
        model.addAttribute("channels", channels.findAllByOrderByStatusAscNameAsc());
        model.addAttribute("branchNames", people.branches().stream()
                .collect(Collectors.toMap(BranchSummary::id, BranchSummary::name)));
        Map<Long, PersonSummary> persons = people.activePeople().stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        channels.findAll().forEach(c -> {
            for (Long id : new Long[] {c.getResponsibleId(), c.getDeputyId()}) {
                if (id != null && !persons.containsKey(id)) {
                    people.findById(id).ifPresent(p -> persons.put(id, p));
                }
            }
        });
        model.addAttribute("persons", persons);
        PublicationActivity publications = activity.getIfAvailable();
        model.addAttribute("lastPublished", publications == null ? Map.of() : publications.lastPublishedAt());
        return "channel/overview";
    }
}
