package se.redaktionen;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings shared by all modules. {@code secretKey} binds from {@code REDAKTIONEN_SECRET_KEY}.
 */
@ConfigurationProperties("redaktionen")
public record RedaktionenProperties(
        @DefaultValue("Europe/Stockholm") ZoneId timeZone,
        @DefaultValue("false") boolean demoMode,
        String secretKey,
        String adminUsername,
        String adminPassword) {
}
