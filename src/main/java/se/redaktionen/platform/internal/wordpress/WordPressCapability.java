package se.redaktionen.platform.internal.wordpress;

import java.util.EnumSet;
import java.util.Set;

import se.redaktionen.platform.Capability;
import se.redaktionen.platform.ChannelKind;

/** What every one of WordPress's capabilities is built on: its kinds, said once, and its client. */
abstract class WordPressCapability implements Capability {

    final WordPressClient wp;

    WordPressCapability(WordPressClient wp) {
        this.wp = wp;
    }

    /** A blog is self-hosted or on WordPress.com: the same capabilities, reached as {@link WordPressSite} says. */
    @Override
    public Set<ChannelKind> kinds() {
        return EnumSet.of(ChannelKind.WORDPRESS_BLOG, ChannelKind.WORDPRESS_COM);
    }
}
