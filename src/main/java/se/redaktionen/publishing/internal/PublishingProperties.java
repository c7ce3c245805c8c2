package se.redaktionen.publishing.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox is worked off. The lease must be longer than any platform call can take (see
 * {@code redaktionen.platforms.read-timeout}), or a slow call could be taken for a lost one.
 */
@ConfigurationProperties("redaktionen.publishing")
record PublishingProperties(
        @DefaultValue("true") boolean schedulerEnabled,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("8") int concurrency,
        @DefaultValue("5m") Duration lease,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("30s") Duration backoffBase,
        @DefaultValue("1h") Duration backoffMax,
        @DefaultValue("3") int alertFailures,
        @DefaultValue("24h") Duration alertWindow) {
}
