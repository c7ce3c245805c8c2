package se.redaktionen.channel.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The daily audience fetch: when it runs (a Spring cron expression in the library's time zone) and
 * whether it runs on this instance at all. Tests switch it off.
 */
@ConfigurationProperties("redaktionen.audience")
record AudienceProperties(
        @DefaultValue("true") boolean fetchEnabled,
        @DefaultValue("0 15 6 * * *") String cron) {
}
