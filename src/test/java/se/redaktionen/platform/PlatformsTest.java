package se.redaktionen.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A capability may serve several kinds (a blog, self-hosted or on WordPress.com, is published the same
 * way), but a kind is served by one capability of each sort, which is checked when the platforms are put
 * together rather than left to whichever came last.
 */
class PlatformsTest {

    @Test
    void aCapabilityServingSeveralKindsServesEachAndNoOther() {
        Publisher blogs = new Fake(ChannelKind.WORDPRESS_BLOG, ChannelKind.WORDPRESS_COM);

        Platforms platforms = TestPlatforms.of(List.of(blogs));

        assertThat(platforms.publisher(ChannelKind.WORDPRESS_BLOG)).isSameAs(blogs);
        assertThat(platforms.publisher(ChannelKind.WORDPRESS_COM)).isSameAs(blogs);
        assertThat(platforms.publishes(ChannelKind.TWITTER)).isFalse();
    }

    @Test
    void twoCapabilitiesOfOneSortForOneKindAreRefused() {
        List<Fake> both = List.of(new Fake(ChannelKind.WORDPRESS_BLOG, ChannelKind.WORDPRESS_COM),
                new Fake(ChannelKind.WORDPRESS_COM));

        assertThatThrownBy(() -> TestPlatforms.of(both)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WORDPRESS_COM");
    }

    private record Fake(Set<ChannelKind> kinds) implements Publisher {

        Fake(ChannelKind... kinds) {
            this(Set.of(kinds));
        }

        @Override
        public Published publish(ChannelAccount account, Outgoing publication) {
            return new Published("1", null);
        }

        @Override
        public Optional<Published> find(ChannelAccount account, Outgoing publication) {
            return Optional.empty();
        }
    }
}
