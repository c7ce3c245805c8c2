package se.redaktionen.response.internal;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Polls the platforms for responses on every instance (the database keeps two from polling one
 * channel at once). Tests switch it off with {@code redaktionen.responses.poll-enabled=false}.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "redaktionen.responses.poll-enabled", havingValue = "true", matchIfMissing = true)
class ResponseScheduling implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ResponseScheduling.class);

    private final ResponsePoller poller;
    private final Duration interval;

    ResponseScheduling(ResponsePoller poller, Environment environment) {
        this.poller = poller;
        this.interval = environment.getProperty("redaktionen.responses.poll-interval", Duration.class,
                Duration.ofMinutes(2));
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(() -> {
            try {
                poller.pollAll();
            } catch (RuntimeException e) {
                log.warn("Polling for responses failed: {}", e.getMessage());
            }
        }, interval);
    }
}
