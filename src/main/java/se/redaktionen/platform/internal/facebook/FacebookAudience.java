package se.redaktionen.platform.internal.facebook;

import org.springframework.stereotype.Component;

import com.restfb.types.Page;

import se.redaktionen.platform.AudienceReader;
import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.internal.HttpOutcomes;

@Component
class FacebookAudience extends FacebookCapability implements AudienceReader {

    FacebookAudience(FacebookGraph graph) {
        super(graph);
    }

    /** The page's followers and fans (people who like it): {@code GET /{page-id}?fields=followers_count,fan_count}. */
    @Override
    public Audience audience(ChannelAccount account) {
        Page page = graph.page(account, "followers_count,fan_count");
        if (page == null || page.getFollowersCount() == null) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.PERMANENT, FailureCode.UNEXPECTED_RESPONSE,
                    "no followers_count in the answer", null, null);
        }
        return new Audience(count(page.getFollowersCount()),
                page.getFanCount() == null ? null : count(page.getFanCount()));
    }

    private static int count(long value) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, value));
    }
}
