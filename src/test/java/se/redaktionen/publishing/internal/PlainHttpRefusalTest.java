package se.redaktionen.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import se.redaktionen.channel.ChannelAccount;
import se.redaktionen.channel.ChannelKind;
import se.redaktionen.publishing.PublicationState;

/**
 * No adapter sends a channel's credentials over plain http to another machine unless the channel allows
 * it. The hosts are {@code .invalid}: had a request been tried, the failure would be a name not found,
 * so PLAIN_HTTP proves the refusal came first.
 */
class PlainHttpRefusalTest {

    private static final String NOWHERE = "http://platform.redaktionen.invalid";
    private static final Map<String, String> ALL_SECRETS = Map.of("username", "redaktionen",
            "applicationPassword", "abcd efgh ijkl mnop", "pageAccessToken", "EAAB-token",
            "consumerKey", "k", "consumerSecret", "s", "accessToken", "a", "accessTokenSecret", "t");

    private final PlatformProperties properties = new PlatformProperties(
            new PlatformProperties.Twitter(NOWHERE, "https://x.com"),
            new PlatformProperties.Facebook(NOWHERE, "https://www.facebook.com", "v24.0"),
            Duration.ofSeconds(2), Duration.ofSeconds(2));
    private final PlatformHttp http = new PlatformHttp(properties, JsonMapper.builder().build(), Clock.systemUTC());

    @Test
    void aBlogAtPlainHttpIsNeitherPublishedToNorReadWithoutConfirmation() {
        WordPressAdapter adapter = new WordPressAdapter(http);
        ChannelAccount blog = account(ChannelKind.WORDPRESS_BLOG, NOWHERE + "/blogg", false);

        assertThat(failureOf(() -> adapter.publish(blog, publication())).code()).isEqualTo(FailureCode.PLAIN_HTTP);
        assertThat(failureOf(() -> adapter.fetchResponses(blog, null)).code()).isEqualTo(FailureCode.PLAIN_HTTP);
        assertThat(failureOf(() -> adapter.testConnection(blog)).code()).isEqualTo(FailureCode.PLAIN_HTTP);
    }

    @Test
    void aConfirmedBlogAtPlainHttpIsCalled() {
        ChannelAccount blog = account(ChannelKind.WORDPRESS_BLOG, NOWHERE + "/blogg", true);

        PlatformFailure failure = failureOf(() -> new WordPressAdapter(http).testConnection(blog));

        assertThat(failure.trouble()).isEqualTo(NetworkTrouble.HOST_NOT_FOUND);
    }

    @Test
    void xAndFacebookAtAPlainHttpBaseAddressAreRefusedToo() {
        ChannelAccount x = account(ChannelKind.TWITTER, "@botkyrkabibl", false);
        ChannelAccount page = account(ChannelKind.FACEBOOK_PAGE, "123", false);

        assertThat(failureOf(() -> new TwitterAdapter(http, properties).publish(x, publication())).code())
                .isEqualTo(FailureCode.PLAIN_HTTP);
        assertThat(failureOf(() -> new TwitterAdapter(http, properties).fetchResponses(x, null)).code())
                .isEqualTo(FailureCode.PLAIN_HTTP);
        assertThat(failureOf(() -> new FacebookAdapter(properties, http, Clock.systemUTC()).publish(page,
                publication())).code()).isEqualTo(FailureCode.PLAIN_HTTP);
    }

    private static ChannelAccount account(ChannelKind kind, String handle, boolean plainHttpAllowed) {
        return new ChannelAccount(9, "Kanalen", kind, handle, true, ALL_SECRETS, plainHttpAllowed);
    }

    private static Publication publication() {
        Instant now = Instant.now();
        return new Publication(1, 10, 9, "rdk-" + UUID.randomUUID(), "Rubrik", "Text", null,
                PublicationState.IN_FLIGHT, now, null, 1, "claim", now.plusSeconds(120), null, null, null, null, null,
                now);
    }

    private static PlatformFailure failureOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(PlatformFailure.class);
        return (PlatformFailure) thrown;
    }
}
