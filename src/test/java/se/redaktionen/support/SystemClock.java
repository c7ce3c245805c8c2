package se.redaktionen.support;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The clock the application's security configuration gives it (the system's, in UTC), for
 * {@code @WebMvcTest} slices whose services read the time: a slice leaves that configuration out.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SystemClock {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
