package se.redaktionen.channel.internal;

import java.time.Clock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.channel.ChannelKind;

/** The library's three blogs, its Facebook page and its Twitter/X account, seeded once. */
@Component
@ConditionalOnProperty(name = "redaktionen.demo-mode", havingValue = "true")
@Order(15)
class ChannelDemoData implements ApplicationRunner {

    private final ChannelRepository channels;
    private final Clock clock;

    ChannelDemoData(ChannelRepository channels, Clock clock) {
        this.channels = channels;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (channels.count() > 0) {
            return;
        }
        channels.save(new Channel("Bloggen Boktips", ChannelKind.WORDPRESS_BLOG, null, clock.instant()));
        channels.save(new Channel("Bloggen Barn och unga", ChannelKind.WORDPRESS_BLOG, null, clock.instant()));
        channels.save(new Channel("Bloggen Evenemang", ChannelKind.WORDPRESS_BLOG, null, clock.instant()));
        channels.save(new Channel("Facebook: Botkyrka bibliotek", ChannelKind.FACEBOOK_PAGE, "\n\n{signature}",
                clock.instant()));
        channels.save(new Channel("Twitter/X: @botkyrkabibl", ChannelKind.TWITTER, " /{firstName}, {branch}",
                clock.instant()));
    }
}
