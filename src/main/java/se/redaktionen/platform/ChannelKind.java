package se.redaktionen.platform;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.twitter.twittertext.TwitterTextParser;

/**
 * The platforms a channel can be on, each with the names of the credentials its account needs (what
 * the platform's client reads; none where nothing leaves Redaktionen or nothing is called) and the
 * facts other modules ask of a platform, so that a new platform is a constant here and a package in
 * {@code platform.internal}, and no other module names it.
 */
public enum ChannelKind {
    WORDPRESS_BLOG(null, Counting.TITLE_AND_BODY,
            EnumSet.of(Trait.SUBSCRIBERS, Trait.PRACTISABLE, Trait.SELF_HOSTED), "username", "applicationPassword"),
    /**
     * A blog on WordPress.com, or a self-hosted one connected through Jetpack: the handle is the site (its
     * domain or number), reached through WordPress.com's API with an OAuth2 token.
     */
    WORDPRESS_COM(null, Counting.TITLE_AND_BODY, EnumSet.of(Trait.SUBSCRIBERS, Trait.PRACTISABLE), "accessToken"),
    FACEBOOK_PAGE(63_206, Counting.CHARACTERS, EnumSet.of(Trait.FANS, Trait.PRACTISABLE), "pageAccessToken"),
    TWITTER(280, Counting.WEIGHTED, EnumSet.of(Trait.PRACTISABLE),
            "consumerKey", "consumerSecret", "accessToken", "accessTokenSecret"),
    SANDBOX(null, Counting.CHARACTERS, EnumSet.of(Trait.PRACTICE)),
    MANUAL(null, Counting.CHARACTERS, EnumSet.of(Trait.BY_HAND));

    private final Integer textLimit;
    private final Counting counting;
    private final Set<Trait> traits;
    private final List<String> credentialNames;

    ChannelKind(Integer textLimit, Counting counting, Set<Trait> traits, String... credentialNames) {
        this.textLimit = textLimit;
        this.counting = counting;
        this.traits = traits;
        this.credentialNames = List.of(credentialNames);
    }

    /** In the order the platform's own settings page lists them. */
    public List<String> credentialNames() {
        return credentialNames;
    }

    /** The most the platform takes, as {@link #length} counts it, or null where it sets no limit. */
    public Integer textLimit() {
        return textLimit;
    }

    /**
     * A text's length counted the platform's way: X's weighted length (twitter-text: a URL counts 23),
     * a blog's title plus body, elsewhere the body's characters.
     */
    public int length(String title, String text) {
        return counting.length(title, text);
    }

    /** The audience figure counts subscribers (a blog's), not followers. */
    public boolean countsSubscribers() {
        return traits.contains(Trait.SUBSCRIBERS);
    }

    /** The platform has fans (a Facebook page's likes) beside its followers. */
    public boolean hasFans() {
        return traits.contains(Trait.FANS);
    }

    /** A sandbox may practise as it: it has a limit or counting of its own to practise. */
    public boolean practisable() {
        return traits.contains(Trait.PRACTISABLE);
    }

    /** A practice channel: published inside Redaktionen, training rather than the library's audience. */
    public boolean practice() {
        return traits.contains(Trait.PRACTICE);
    }

    /** Nothing is called: someone publishes by hand and marks it done. */
    public boolean publishedByHand() {
        return traits.contains(Trait.BY_HAND);
    }

    /**
     * The handle is the address of a self-hosted site, reached with the account's password, so plain
     * http to another machine would carry it in clear.
     */
    public boolean selfHosted() {
        return traits.contains(Trait.SELF_HOSTED);
    }

    private enum Trait {
        SUBSCRIBERS, FANS, PRACTISABLE, PRACTICE, BY_HAND, SELF_HOSTED
    }

    private enum Counting {
        WEIGHTED {
            @Override
            int length(String title, String text) {
                return TwitterTextParser.parseTweet(text).weightedLength;
            }
        },
        TITLE_AND_BODY {
            @Override
            int length(String title, String text) {
                return codePoints(title) + codePoints(text);
            }
        },
        CHARACTERS {
            @Override
            int length(String title, String text) {
                return codePoints(text);
            }
        };

        abstract int length(String title, String text);

        private static int codePoints(String s) {
            return s == null ? 0 : s.codePointCount(0, s.length());
        }
    }
}
