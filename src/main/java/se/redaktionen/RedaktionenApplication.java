package se.redaktionen;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RedaktionenApplication {

    public static void main(String[] args) {
        SpringApplication.run(RedaktionenApplication.class, args);
    }
}
