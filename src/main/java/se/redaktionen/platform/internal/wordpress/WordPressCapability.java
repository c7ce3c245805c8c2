package se.redaktionen.platform.internal.wordpress;

import se.redaktionen.platform.Capability;
import se.redaktionen.platform.ChannelKind;

/** What every one of WordPress's capabilities is built on: its kind, said once, and its client. */
abstract class WordPressCapability implements Capability {

    final WordPressClient wp;

    WordPressCapability(WordPressClient wp) {
        this.wp = wp;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WORDPRESS_BLOG;
    }
}
