package se.redaktionen.channel.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Channel settings. Outside the zero-setup mode a channel whose address is plain http (not this
 * machine) sends its credentials only once an admin has confirmed that for the channel.
 */
@ConfigurationProperties("redaktionen.channels")
public record ChannelProperties(@DefaultValue("true") boolean plainHttpNeedsConfirmation) {

    /** Whether credentials may go to the channel's plain-http address, given the admin's confirmation. */
    public boolean allowsPlainHttp(boolean confirmed) {
        return confirmed || !plainHttpNeedsConfirmation;
    }
}
