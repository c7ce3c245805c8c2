package se.redaktionen.channel.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.Refused;
import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.ChannelStatus;
import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.Platforms;

/** Admins manage the channel accounts: who is responsible, the signature style, credentials, retirement. */
@Controller
@RequestMapping("/admin/channels")
@PreAuthorize("hasRole('ADMIN')")
class AdminChannelController {

    private static final String FORM = "channel/form";

    private final ChannelRepository channels;
    private final ChannelCredentials credentials;
    private final ChannelAdministration administration;
    private final People people;
    private final Clock clock;
    private final RedaktionenProperties properties;
    private final ChannelConnections connections;
    private final Platforms platforms;

    AdminChannelController(ChannelRepository channels, ChannelCredentials credentials,
                           ChannelAdministration administration, People people, Clock clock,
                           RedaktionenProperties properties, ChannelConnections connections, Platforms platforms) {
        this.channels = channels;
        this.connections = connections;
        this.platforms = platforms;
        this.administration = administration;
        this.credentials = credentials;
        this.people = people;
        this.clock = clock;
        this.properties = properties;
    }

    /** The longest reason for retiring a channel, as its column holds. */
    static final int MAX_RETIRE_REASON = 500;

    @ModelAttribute("maxRetireReason")
    int maxRetireReason() {
        return MAX_RETIRE_REASON;
    }

    @ModelAttribute("kinds")
    ChannelKind[] kinds() {
        return ChannelKind.values();
    }

    @ModelAttribute("practiseKinds")
    Set<ChannelKind> practiseKinds() {
        return ChannelAdministration.PRACTISABLE;
    }

    @ModelAttribute("credentialFields")
    Map<ChannelKind, List<String>> credentialFields() {
        return ChannelCredentials.FIELDS;
    }

    /** Per kind, the credentials the installation's app gives every channel, so the form need not ask for them. */
    @ModelAttribute("installationCredentials")
    Map<ChannelKind, Set<String>> installationCredentials() {
        Map<ChannelKind, Set<String>> given = new EnumMap<>(ChannelKind.class);
        for (ChannelKind kind : ChannelKind.values()) {
            given.put(kind, platforms.installationCredentials(kind));
        }
        return given;
    }

    @ModelAttribute("people")
    List<PersonSummary> activePeople() {
        return people.activePeople();
    }

    @ModelAttribute("branches")
    List<BranchSummary> branches() {
        return people.branches();
    }

    @GetMapping("/new")
    String createForm(Model model) {
        ChannelForm form = new ChannelForm();
        form.setStartedOn(today());
        model.addAttribute("channelForm", form);
        return FORM;
    }

    @PostMapping("/new")
    @Transactional
    String create(@Valid @ModelAttribute ChannelForm channelForm, BindingResult result, RedirectAttributes redirect) {
        administration.validate(channelForm, null, result);
        if (result.hasErrors()) {
            return FORM;
        }
        Channel channel = administration.create(channelForm);
        redirect.addFlashAttribute("saved", channel.getName());
        return "redirect:/channels";
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Channel channel = find(id);
        describe(channel, model);
        model.addAttribute("channelForm", ChannelForm.of(channel));
        return FORM;
    }

    @PostMapping("/{id}/edit")
    @Transactional
    String update(@PathVariable long id, @Valid @ModelAttribute ChannelForm channelForm, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        Channel channel = find(id);
        describe(channel, model);
        if (channelForm.getVersion() != channel.getVersion()) {
            result.reject("form.conflict");
        }
        administration.validate(channelForm, channel.getId(), result);
        if (result.hasErrors()) {
            channelForm.getCredentials().clear();
            return FORM;
        }
        administration.update(channel, channelForm);
        redirect.addFlashAttribute("saved", channel.getName());
        return "redirect:/channels";
    }

    /** Retiring keeps every post, response and figure of the channel; it only stops new posts. */
    @PostMapping("/{id}/retire")
    @Transactional
    String retire(@PathVariable long id, @RequestParam(defaultValue = "") String reason,
                  RedirectAttributes redirect) {
        Channel channel = find(id);
        if (channel.getStatus() == ChannelStatus.RETIRED) {
            redirect.addFlashAttribute("refusal", "channel.alreadyRetired");
            return "redirect:/admin/channels/" + id + "/edit";
        }
        if (reason.isBlank() || reason.length() > MAX_RETIRE_REASON) {
            redirect.addFlashAttribute("refusal", "channel.retireReasonRequired");
            return "redirect:/admin/channels/" + id + "/edit";
        }
        channel.retire(today(), reason.strip());
        redirect.addFlashAttribute("retired", channel.getName());
        return "redirect:/channels";
    }

    /** The channel beside its form: what is stored (names only) and how it can be connected. */
    private void describe(Channel channel, Model model) {
        model.addAttribute("channel", channel);
        model.addAttribute("storedCredentials", credentials.storedNames(channel));
        connections.offer(channel.getKind()).ifPresent(offer -> model.addAttribute("connect", offer));
    }

    private Channel find(long id) {
        return channels.findById(id).orElseThrow(Refused::notFound);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }
}
