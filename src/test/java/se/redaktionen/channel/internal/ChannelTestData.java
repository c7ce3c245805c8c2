package se.redaktionen.channel.internal;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.validation.BeanPropertyBindingResult;

import se.redaktionen.platform.ChannelKind;

/** The channel module's side of {@link se.redaktionen.support.TestData}: what the admin's channel form does. */
public final class ChannelTestData {

    private ChannelTestData() {
    }

    /** A channel validated as the form validates it; returns its id. */
    public static long channel(ApplicationContext context, String name, ChannelKind kind, String handle,
                               Long branchId, long responsibleId, long deputyId, LocalDate startedOn,
                               Map<String, String> credentials) {
        ChannelForm form = new ChannelForm();
        form.setName(name);
        form.setKind(kind);
        form.setHandle(handle);
        form.setBranchId(branchId);
        form.setResponsibleId(responsibleId);
        form.setDeputyId(deputyId);
        form.setStartedOn(startedOn);
        form.setCredentials(credentials);
        ChannelAdministration administration = context.getBean(ChannelAdministration.class);
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "channelForm");
        administration.validate(form, null, result);
        if (result.hasErrors()) {
            throw new IllegalArgumentException("Not a valid test channel: " + result.getAllErrors());
        }
        return administration.create(form).getId();
    }
}
