package se.redaktionen.platform.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platforms are. Tests and staging point these at local stubs; a self-hosted blog's address
 * is its channel's, a blog on WordPress.com is reached through WordPress.com's API.
 */
@ConfigurationProperties("redaktionen.platforms")
public record PlatformProperties(
        @DefaultValue Twitter twitter,
        @DefaultValue Facebook facebook,
        @DefaultValue WordpressCom wordpressCom,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout) {

    public record Twitter(@DefaultValue("https://api.x.com") String baseUrl,
                   @DefaultValue("https://x.com") String webUrl) {
    }

    public record Facebook(@DefaultValue("https://graph.facebook.com") String baseUrl,
                    @DefaultValue("https://www.facebook.com") String webUrl,
                    @DefaultValue("v24.0") String graphVersion) {
    }

    /** {@code redaktionen.platforms.wordpress-com.*}: the API that blogs on WordPress.com and Jetpack sites share. */
    public record WordpressCom(@DefaultValue("https://public-api.wordpress.com") String baseUrl) {

        /** The base without a trailing slash, to which a path such as {@code /oauth2/token} is added. */
        public String base() {
            return baseUrl.replaceAll("/+$", "");
        }
    }
}
