package se.redaktionen.platform.internal.x;

import static se.redaktionen.platform.internal.RequestKind.IDEMPOTENT;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.Moderator;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.internal.HttpOutcomes;

/**
 * Hide: {@code PUT /2/tweets/{id}/hidden} with {@code {"hidden": true}}, possible for replies in the
 * account's own conversations. X lets no one delete another account's tweet, so remove hides the
 * reply as well and then says so ({@code NO_API}): the response is removed in Redaktionen, hidden on X.
 */
@Component
class XModerator extends XCapability implements Moderator {

    XModerator(XClient x) {
        super(x);
    }

    @Override
    public void moderate(ChannelAccount account, String platformId, boolean remove) {
        URI uri = URI.create(x.baseUrl() + "/2/tweets/" + XClient.tweetId(platformId) + "/hidden");
        JsonNode answer = x.call(account, HttpMethod.PUT, uri, Map.of("hidden", true), IDEMPOTENT);
        if (!answer.path("data").path("hidden").asBoolean(false)) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.RETRY, FailureCode.UNEXPECTED_RESPONSE,
                    "X did not confirm the reply as hidden", null, null);
        }
        if (remove) {
            throw PlatformFailure.permanent(FailureCode.NO_API,
                    "X lets no one delete another account's post: the reply is hidden on X instead");
        }
    }
}
