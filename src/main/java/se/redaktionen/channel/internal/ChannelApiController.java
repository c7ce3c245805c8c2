package se.redaktionen.channel.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validator;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import se.redaktionen.Refused;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.web.TrimmedText;
import se.redaktionen.web.ValidationProblems;

/**
 * The channels through the API. Credential values are never part of it: a channel lists the names its
 * kind takes ({@code credentialFields}) and which of them are stored ({@code storedCredentials}).
 */
@RestController
@RequestMapping("/api/v1/channels")
@PreAuthorize("isAuthenticated()")
class ChannelApiController {

    record ChannelView(long id, String name, String kind, String practisesAs, String handle, String branch,
                       String purpose, String responsible, String deputy, LocalDate startedOn, String status,
                       LocalDate retiredOn, String retiredReason, List<String> credentialFields,
                       List<String> storedCredentials, boolean credentialsStored, boolean allowPlainHttp,
                       long version) {
    }

    /**
     * A channel as an admin sends it; credentials are write-only and never come back, and only the names
     * of the kind's {@code credentialFields} are taken (others, or any for a practice or manual channel,
     * are a 400). {@code practisesAs} is for sandboxes only; like every other field, leaving it out of an
     * update clears it, {@code allowPlainHttp} too.
     */
    record ChannelInput(String name, ChannelKind kind, ChannelKind practisesAs, String handle, String branch,
                        String purpose, String responsibleUsername, String deputyUsername, LocalDate startedOn,
                        String signatureTemplate, Map<String, String> credentials, Boolean clearCredentials,
                        Boolean allowPlainHttp, Long version) {
    }

    private final ChannelRepository channels;
    private final ChannelAdministration administration;
    private final ChannelCredentials credentials;
    private final People people;
    private final Validator validator;
    private final MessageSource messages;

    ChannelApiController(ChannelRepository channels, ChannelAdministration administration,
                         ChannelCredentials credentials, People people, Validator validator,
                         MessageSource messages) {
        this.channels = channels;
        this.administration = administration;
        this.credentials = credentials;
        this.people = people;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping
    @Operation(summary = "Every channel, active first; retired ones keep their history")
    List<ChannelView> list() {
        return channels.findAllByOrderByStatusAscNameAsc().stream().map(this::view).toList();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create a channel (admins); credentials are write-only")
    ResponseEntity<?> create(@RequestBody ChannelInput input) {
        ChannelForm form = form(input);
        BindingResult result = validated(input, form, null);
        if (result.hasErrors()) {
            return ResponseEntity.badRequest().body(ValidationProblems.of(result, messages));
        }
        Channel channel = administration.create(form);
        return ResponseEntity.created(URI.create("/api/v1/channels/" + channel.getId())).body(view(channel));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Change a channel (admins); version must be the one read; empty credentials keep what is stored")
    ResponseEntity<?> update(@PathVariable long id, @RequestBody ChannelInput input) {
        Channel channel = channels.findById(id).orElseThrow(Refused::notFound);
        ChannelForm form = form(input);
        BindingResult result = validated(input, form, channel.getId());
        if (input.version() == null || input.version() != channel.getVersion()) {
            ProblemDetail conflict = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                    messages.getMessage("form.conflict", null, LocaleContextHolder.getLocale()));
            return ResponseEntity.status(HttpStatus.CONFLICT).body(conflict);
        }
        if (result.hasErrors()) {
            return ResponseEntity.badRequest().body(ValidationProblems.of(result, messages));
        }
        return ResponseEntity.ok(view(administration.update(channel, form)));
    }

    private ChannelForm form(ChannelInput input) {
        ChannelForm form = new ChannelForm();
        form.setName(TrimmedText.of(input.name()));
        form.setKind(input.kind());
        form.setPractisesAs(input.practisesAs());
        form.setHandle(TrimmedText.of(input.handle()));
        form.setPurpose(TrimmedText.of(input.purpose()));
        form.setStartedOn(input.startedOn());
        form.setSignatureTemplate(input.signatureTemplate());
        form.setCredentials(input.credentials() == null ? null : new java.util.HashMap<>(input.credentials()));
        form.setClearCredentials(Boolean.TRUE.equals(input.clearCredentials()));
        form.setAllowPlainHttp(Boolean.TRUE.equals(input.allowPlainHttp()));
        return form;
    }

    /** Usernames and branch names in, ids for the form; unknown ones are field errors. */
    private BindingResult validated(ChannelInput input, ChannelForm form, Long ownId) {
        BindingResult result = new BeanPropertyBindingResult(form, "channel");
        resolve(input.responsibleUsername(), form::setResponsibleId, "responsibleId", result);
        resolve(input.deputyUsername(), form::setDeputyId, "deputyId", result);
        if (input.branch() != null) {
            people.branches().stream().filter(b -> b.name().equalsIgnoreCase(input.branch())).findFirst()
                    .ifPresentOrElse(b -> form.setBranchId(b.id()),
                            () -> result.rejectValue("branchId", "person.branchInactive"));
        }
        ValidationProblems.validate(validator, form, result);
        administration.validate(form, ownId, result);
        return result;
    }

    private void resolve(String username, java.util.function.Consumer<Long> set, String field,
                         BindingResult result) {
        if (username != null) {
            people.findByUsername(username).ifPresentOrElse(p -> set.accept(p.id()),
                    () -> result.rejectValue(field, "channel.personInactive"));
        }
    }

    private ChannelView view(Channel c) {
        List<String> stored = credentials.storedNames(c);
        String branch = c.getBranchId() == null ? null : people.branches().stream()
                .filter(b -> b.id() == c.getBranchId()).map(b -> b.name()).findFirst().orElse(null);
        return new ChannelView(c.getId(), c.getName(), c.getKind().name(),
                c.getPractisesAs() == null ? null : c.getPractisesAs().name(), c.getHandle(), branch, c.getPurpose(),
                username(c.getResponsibleId()), username(c.getDeputyId()), c.getStartedOn(), c.getStatus().name(),
                c.getRetiredOn(), c.getRetiredReason(), ChannelCredentials.FIELDS.get(c.getKind()), stored,
                !stored.isEmpty(), c.isPlainHttpAllowed(), c.getVersion());
    }

    private String username(Long id) {
        return id == null ? null : people.findById(id).map(PersonSummary::username).orElse(null);
    }
}
