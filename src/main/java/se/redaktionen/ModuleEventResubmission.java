package se.redaktionen;

import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Completes later what a module told another and the listener did not finish: the registry marks a
 * publication failed when its listener throws, and when it has waited too long in PUBLISHED or
 * PROCESSING because its instance died (the staleness settings in application.properties). Every
 * instance runs this; listeners are written so that hearing an event twice does no harm.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(ModuleEventResubmission.Settings.class)
@ConditionalOnProperty(name = "redaktionen.events.resubmission-enabled", havingValue = "true", matchIfMissing = true)
class ModuleEventResubmission implements SchedulingConfigurer {

    private final FailedEventPublications failed;
    private final Settings settings;

    ModuleEventResubmission(FailedEventPublications failed, Settings settings) {
        this.failed = failed;
        this.settings = settings;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::resubmit, settings.interval());
    }

    /** Failed at least {@code minAge} ago, so a listener that just failed is not tried again at once. */
    void resubmit() {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(settings.minAge()));
    }

    @ConfigurationProperties("redaktionen.events")
    record Settings(@DefaultValue("1m") Duration interval, @DefaultValue("1m") Duration minAge) {
    }
}
