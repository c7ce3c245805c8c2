package se.redaktionen.demo;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** In zero-setup mode every module gets the demo clock, so that the seeder can stamp history in the past. */
@Configuration(proxyBeanMethods = false)
@DemoMode
class DemoConfiguration {

    @Bean
    @Primary
    DemoClock demoClock() {
        return new DemoClock(Clock.systemUTC());
    }
}
