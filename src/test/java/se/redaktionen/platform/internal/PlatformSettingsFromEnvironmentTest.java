package se.redaktionen.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The environment variables README's settings tables name reach the settings they are named for, so an
 * installation that sets them is not silently left with the defaults (no app, the real platforms).
 */
class PlatformSettingsFromEnvironmentTest {

    @Test
    void theVariablesReadmeNamesSetThePlatformsAndTheirApps() {
        Binder binder = binderOver(Map.of(
                "REDAKTIONEN_PLATFORMS_TWITTER_BASEURL", "http://x.stub",
                "REDAKTIONEN_PLATFORMS_WORDPRESSCOM_BASEURL", "http://wpcom.stub",
                "REDAKTIONEN_PLATFORMS_FACEBOOK_APPID", "app-1",
                "REDAKTIONEN_PLATFORMS_FACEBOOK_APPSECRET", "app-secret",
                "REDAKTIONEN_PLATFORMS_TWITTER_CONSUMERKEY", "key-1",
                "REDAKTIONEN_PLATFORMS_TWITTER_CONSUMERSECRET", "key-secret",
                "REDAKTIONEN_PLATFORMS_WORDPRESSCOM_CLIENTID", "client-1",
                "REDAKTIONEN_PLATFORMS_WORDPRESSCOM_CLIENTSECRET", "client-secret"));

        PlatformProperties platforms = binder.bindOrCreate("redaktionen.platforms", PlatformProperties.class);
        PlatformApps apps = binder.bindOrCreate("redaktionen.platforms", PlatformApps.class);

        assertThat(platforms.twitter().baseUrl()).isEqualTo("http://x.stub");
        assertThat(platforms.wordpressCom().baseUrl()).isEqualTo("http://wpcom.stub");
        assertThat(apps.facebook().appId()).isEqualTo("app-1");
        assertThat(apps.facebook().appSecret()).isEqualTo("app-secret");
        assertThat(apps.twitter().consumerKey()).isEqualTo("key-1");
        assertThat(apps.twitter().consumerSecret()).isEqualTo("key-secret");
        assertThat(apps.wordpressCom().clientId()).isEqualTo("client-1");
        assertThat(apps.wordpressCom().clientSecret()).isEqualTo("client-secret");
    }

    @Test
    void aVariableMayAlsoSpellTheDashAsAnUnderscore() {
        Binder binder = binderOver(Map.of("REDAKTIONEN_PLATFORMS_TWITTER_BASE_URL", "http://x.stub"));

        assertThat(binder.bindOrCreate("redaktionen.platforms", PlatformProperties.class).twitter().baseUrl())
                .isEqualTo("http://x.stub");
    }

    private static Binder binderOver(Map<String, Object> variables) {
        StandardEnvironment environment = new StandardEnvironment();
        // Spring reads variable names the environment's way only in a source named like the environment.
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource(
                "test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
        return new Binder(ConfigurationPropertySources.get(environment));
    }
}
