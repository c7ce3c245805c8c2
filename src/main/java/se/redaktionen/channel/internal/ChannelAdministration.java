package se.redaktionen.channel.internal;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.platform.ChannelKind;

/** Creating and changing channels, for the admin pages and the API alike. */
@Service
@Transactional
class ChannelAdministration {

    /** The platforms a sandbox may stand in for: those with rules of their own ({@link ChannelKind#practisable}). */
    static final Set<ChannelKind> PRACTISABLE = Arrays.stream(ChannelKind.values()).filter(ChannelKind::practisable)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ChannelKind.class)));

    private final ChannelRepository channels;
    private final ChannelCredentials credentials;
    private final People people;
    private final Clock clock;
    private final ChannelProperties properties;

    ChannelAdministration(ChannelRepository channels, ChannelCredentials credentials, People people, Clock clock,
                          ChannelProperties properties) {
        this.channels = channels;
        this.credentials = credentials;
        this.people = people;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * What Bean Validation cannot know: unique names, active people, two different people, real branches,
     * practising only where it means something, credentials only of the chosen kind, and plain http only
     * where an admin confirmed it.
     */
    void validate(ChannelForm form, Long ownId, BindingResult result) {
        if (!result.hasFieldErrors("name") && form.getName() != null && channels.findByNameIgnoreCase(form.getName())
                .filter(c -> !c.getId().equals(ownId)).isPresent()) {
            result.rejectValue("name", "channel.nameTaken");
        }
        if (form.getResponsibleId() != null && people.findById(form.getResponsibleId())
                .filter(PersonSummary::active).isEmpty()) {
            result.rejectValue("responsibleId", "channel.personInactive");
        }
        if (form.getDeputyId() != null && people.findById(form.getDeputyId())
                .filter(PersonSummary::active).isEmpty()) {
            result.rejectValue("deputyId", "channel.personInactive");
        }
        if (form.getDeputyId() != null && form.getDeputyId().equals(form.getResponsibleId())) {
            result.rejectValue("deputyId", "channel.deputySameAsResponsible");
        }
        if (form.getBranchId() != null && people.branches().stream().noneMatch(b -> b.id() == form.getBranchId())) {
            result.rejectValue("branchId", "person.branchInactive");
        }
        // Refused rather than silently dropped, so the admin learns the choice had no effect.
        if (form.getPractisesAs() != null && form.getKind() != null && !form.getKind().practice()) {
            result.rejectValue("practisesAs", "channel.practisesAs.onlySandbox");
        } else if (form.getPractisesAs() != null && !PRACTISABLE.contains(form.getPractisesAs())) {
            result.rejectValue("practisesAs", "channel.practisesAs.invalid");
        }
        if (form.getKind() != null && ChannelCredentials.typedForAnotherKind(form.getKind(), form.getCredentials())) {
            if (ChannelCredentials.FIELDS.get(form.getKind()).isEmpty()) {
                result.rejectValue("credentials", "channel.credentials.notTaken");
            } else {
                result.rejectValue("credentials", "channel.credentials.otherKind");
            }
        }
        if (form.isPlainHttpAddress() && !properties.allowsPlainHttp(form.isAllowPlainHttp())) {
            result.rejectValue("allowPlainHttp", "channel.plainHttp.confirmationRequired");
        }
    }

    Channel create(ChannelForm form) {
        Channel channel = new Channel(form.getName(), form.getKind(), form.signatureTemplateValue(), clock.instant());
        apply(channel, form);
        return channels.save(channel);
    }

    Channel update(Channel channel, ChannelForm form) {
        apply(channel, form);
        return channels.saveAndFlush(channel);
    }

    /** Changing the kind drops the credentials: another platform's secrets mean nothing here. */
    private void apply(Channel channel, ChannelForm form) {
        boolean kindChanged = channel.getKind() != form.getKind();
        channel.describe(form.getName(), form.getKind(), form.getHandle(), form.getBranchId(), form.getPurpose(),
                form.getResponsibleId(), form.getDeputyId(), form.getStartedOn(), form.signatureTemplateValue());
        // After describe, so the new kind decides: leaving SANDBOX forgets what it practised.
        channel.practiseAs(form.getPractisesAs());
        channel.allowPlainHttp(form.isAllowPlainHttp());
        if (form.isClearCredentials() || kindChanged) {
            credentials.clear(channel);
        }
        credentials.update(channel, form.getCredentials());
    }
}
