package se.redaktionen.publishing.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs the outbox on every instance; the database decides who gets which row. Tests that drive the
 * pipeline by hand switch this off with {@code redaktionen.publishing.scheduler-enabled=false}.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "redaktionen.publishing.scheduler-enabled", havingValue = "true", matchIfMissing = true)
class PublishingScheduler implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PublishingScheduler.class);

    private final PublicationRunner runner;
    private final PublishingProperties properties;

    PublishingScheduler(PublicationRunner runner, PublishingProperties properties) {
        this.runner = runner;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(() -> {
            try {
                runner.runOnce();
            } catch (RuntimeException e) {
                // The database may be away for a moment; every row stays where it was and the next round goes on.
                log.warn("Publishing round failed: {}", e.getMessage());
            }
        }, properties.pollInterval());
    }
}
