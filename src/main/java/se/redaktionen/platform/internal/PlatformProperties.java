package se.redaktionen.platform.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platforms are. Tests and staging point these at local stubs; WordPress site addresses
 * are per channel.
 */
@ConfigurationProperties("redaktionen.platforms")
public record PlatformProperties(
        @DefaultValue Twitter twitter,
        @DefaultValue Facebook facebook,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout) {

    public record Twitter(@DefaultValue("https://api.x.com") String baseUrl,
                   @DefaultValue("https://x.com") String webUrl) {
    }

    public record Facebook(@DefaultValue("https://graph.facebook.com") String baseUrl,
                    @DefaultValue("https://www.facebook.com") String webUrl,
                    @DefaultValue("v24.0") String graphVersion) {
    }
}
