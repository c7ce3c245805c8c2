package se.redaktionen.channel.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

import se.redaktionen.RedaktionenProperties;

/**
 * Runs the audience fetch every day at {@code redaktionen.audience.cron} (default 06:15) in the
 * library's time zone. Off with {@code redaktionen.audience.fetch-enabled=false} (the tests, or an
 * instance that must never call the platforms).
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "redaktionen.audience.fetch-enabled", havingValue = "true", matchIfMissing = true)
class AudienceSchedule implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AudienceSchedule.class);

    private final AudienceFetcher fetcher;
    private final AudienceProperties audience;
    private final RedaktionenProperties properties;

    AudienceSchedule(AudienceFetcher fetcher, AudienceProperties audience, RedaktionenProperties properties) {
        this.fetcher = fetcher;
        this.audience = audience;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addCronTask(new CronTask(() -> {
            try {
                int fetched = fetcher.fetchAll();
                log.info("Audience fetched for {} channels", fetched);
            } catch (RuntimeException e) {
                // The database may be away for a moment; tomorrow's run goes on.
                log.warn("Audience fetch failed: {}", e.getClass().getName());
            }
        }, new CronTrigger(audience.cron(), properties.timeZone())));
    }
}
