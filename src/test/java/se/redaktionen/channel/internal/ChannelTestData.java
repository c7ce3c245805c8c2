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

    /** What an admin fills in on the channel form; a null practisesAs or signature template means none. */
    public record NewChannel(String name, ChannelKind kind, ChannelKind practisesAs, String handle,
                             String signatureTemplate, long responsibleId, long deputyId, LocalDate startedOn,
                             Map<String, String> credentials) {
    }

    /** A channel validated as the form validates it; returns its id. */
    public static long channel(ApplicationContext context, NewChannel channel) {
        ChannelForm form = new ChannelForm();
        form.setName(channel.name());
        form.setKind(channel.kind());
        form.setPractisesAs(channel.practisesAs());
        form.setHandle(channel.handle());
        form.setSignatureTemplate(channel.signatureTemplate());
        form.setResponsibleId(channel.responsibleId());
        form.setDeputyId(channel.deputyId());
        form.setStartedOn(channel.startedOn());
        form.setCredentials(channel.credentials());
        ChannelAdministration administration = context.getBean(ChannelAdministration.class);
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "channelForm");
        administration.validate(form, null, result);
        if (result.hasErrors()) {
            throw new IllegalArgumentException("Not a valid test channel: " + result.getAllErrors());
        }
        return administration.create(form).getId();
    }
}
