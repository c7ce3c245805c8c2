package se.redaktionen.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.springframework.stereotype.Component;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.demo.PlatformIds.PlatformPost;
import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.post.PostDemo;
import se.redaktionen.post.PostState;

/**
 * The history's publications, imported as the platforms know them (nothing is sent) at the moment each
 * post was published, with ids and addresses in each platform's own shape; and the approved posts of the
 * review workflow put into the outbox, so the newcomer sees them published on the practice timelines.
 */
@Component
@DemoMode
class PublicationSeed {

    /** The page id in the demo page's post ids ({@code <page>_<post>}, as the Graph API gives them). */
    private static final String FACEBOOK_PAGE_ID = "104858742236417";

    private final PostDemo posts;
    private final Channels channels;
    private final DemoClock clock;
    private final ZoneId zone;

    PublicationSeed(PostDemo posts, Channels channels, DemoClock clock, RedaktionenProperties properties) {
        this.posts = posts;
        this.channels = channels;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    /** Returns what was published on the real channels, oldest first. */
    List<PublishedPost> seed(PostSeed.Seeded seeded) {
        Random random = new Random(20_260_603L);
        Map<Long, Long> blogPostIds = new HashMap<>();
        List<PublishedPost> published = new ArrayList<>();
        for (PostSeed.HistoryPost post : seeded.history()) {
            clock.at(post.publishedAt(), () -> {
                for (ChannelSummary channel : post.on()) {
                    String handle = channels.account(channel.id()).map(ChannelAccount::handle).orElse(null);
                    PlatformPost platformPost = switch (channel.kind()) {
                        case FACEBOOK_PAGE -> facebook(handle, random);
                        case TWITTER -> PlatformIds.tweet(post.publishedAt(), random, handle);
                        default -> blog(channel, handle, post, blogPostIds);
                    };
                    posts.importPublished(post.postId(), channel.id(), post.publishedAt(), platformPost.id(),
                            platformPost.url());
                    published.add(new PublishedPost(channel.id(), channel.kind(), platformPost.id(),
                            post.publishedAt(), (post.title() == null ? "" : post.title() + "\n") + post.body()));
                }
                posts.move(post.postId(), PostState.PUBLISHED, null, null);
            });
        }
        for (PostSeed.Approved approved : seeded.approved()) {
            clock.at(approved.at(), () -> posts.schedulePublications(approved.postId()));
        }
        published.sort(Comparator.comparing(PublishedPost::publishedAt));
        return published;
    }

    private static PlatformPost facebook(String handle, Random random) {
        long id = 100_000_000_000_000L + (long) (random.nextDouble() * 899_999_999_999_999L);
        return new PlatformPost(FACEBOOK_PAGE_ID + "_" + id,
                "https://www.facebook.com/" + (handle == null ? FACEBOOK_PAGE_ID : handle) + "/posts/" + id);
    }

    private PlatformPost blog(ChannelSummary channel, String handle, PostSeed.HistoryPost post, Map<Long, Long> ids) {
        long id = ids.merge(channel.id(), 1400L + 97 * ids.size(), (a, b) -> a + 1);
        LocalDate day = LocalDate.ofInstant(post.publishedAt(), zone);
        // The demo's blogs are on WordPress.com, where the handle is the site's domain.
        String site = handle == null ? "blogg.example" : handle;
        return new PlatformPost(Long.toString(id), "https://" + site + "/" + day.toString().replace('-', '/') + "/"
                + slug(post.title() == null ? "inlagg-" + id : post.title()) + "/");
    }

    /** A WordPress-like slug: lower case, å ä ö as a a o, everything else but letters and digits as dashes. */
    static String slug(String title) {
        String plain = title.toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
                .replace('é', 'e');
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
