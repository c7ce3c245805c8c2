package se.redaktionen.channel.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.AudienceSource;
import se.redaktionen.channel.Audiences;
import se.redaktionen.organisation.StaffUser;

/**
 * Counts typed by a person, for the channel page and the API alike: who may type them, and the rules a
 * count must follow before it is recorded.
 */
@Component
class AudienceEntry {

    private static final DefaultFormattingConversionService CONVERSIONS = new DefaultFormattingConversionService();

    private final Audiences audiences;
    private final Validator validator;
    private final Clock clock;
    private final RedaktionenProperties properties;

    AudienceEntry(Audiences audiences, Validator validator, Clock clock, RedaktionenProperties properties) {
        this.audiences = audiences;
        this.validator = validator;
        this.clock = clock;
        this.properties = properties;
    }

    /**
     * Editors and admins keep the overview of every account; a channel's responsible person and deputy
     * answer for theirs, so they may count its audience too.
     */
    boolean mayRecord(Channel channel, StaffUser user) {
        if (user == null) {
            return false;
        }
        if (user.isAtLeastEditor()) {
            return true;
        }
        Long person = user.getPersonId();
        return person.equals(channel.getResponsibleId()) || person.equals(channel.getDeputyId());
    }

    /** Binds request values (as text, as a form sends them) into a form, for the API. */
    BindingResult bind(AudienceForm form, Map<String, String> values) {
        DataBinder binder = new DataBinder(form, "audienceForm");
        binder.setConversionService(CONVERSIONS);
        binder.setAllowedFields("countedOn", "followers", "fans");
        AudienceForm.registerEditors(binder);
        binder.bind(new MutablePropertyValues(values));
        return binder.getBindingResult();
    }

    /**
     * Bean Validation on the fields that could be read, then what it cannot know: the day is not in the
     * future, not before the channel started or after it was retired, and fans only for Facebook pages.
     */
    void validate(AudienceForm form, Channel channel, BindingResult result) {
        for (ConstraintViolation<AudienceForm> v : validator.validate(form)) {
            String field = v.getPropertyPath().toString();
            if (!result.hasFieldErrors(field)) {
                result.rejectValue(field, "invalid", v.getMessage());
            }
        }
        LocalDate day = form.getCountedOn();
        if (day != null && !result.hasFieldErrors("countedOn")) {
            if (day.isAfter(today())) {
                result.rejectValue("countedOn", "audience.countedOn.future");
            } else if (channel.getStartedOn() != null && day.isBefore(channel.getStartedOn())) {
                result.rejectValue("countedOn", "audience.countedOn.beforeStart",
                        new Object[] {channel.getStartedOn().toString()}, null);
            } else if (channel.getRetiredOn() != null && day.isAfter(channel.getRetiredOn())) {
                result.rejectValue("countedOn", "audience.countedOn.afterRetired",
                        new Object[] {channel.getRetiredOn().toString()}, null);
            }
        }
        if (form.getFans() != null && !result.hasFieldErrors("fans") && !channel.rules().hasFans()) {
            result.rejectValue("fans", "audience.fans.onlyFacebook");
        }
    }

    /** Records a valid count as the person's; returns true when the day had none before. */
    boolean record(Channel channel, AudienceForm form, StaffUser user) {
        return audiences.record(channel.getId(), form.getCountedOn(), form.getFollowers(), form.getFans(),
                AudienceSource.MANUAL, user.getPersonId());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(properties.timeZone()));
    }
}
