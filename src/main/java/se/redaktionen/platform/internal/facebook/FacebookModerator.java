package se.redaktionen.platform.internal.facebook;

import static se.redaktionen.platform.internal.RequestKind.IDEMPOTENT;
import static se.redaktionen.platform.internal.facebook.FacebookGraph.objectId;

import org.springframework.stereotype.Component;

import com.restfb.Parameter;
import com.restfb.types.GraphResponse;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.Moderator;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.internal.HttpOutcomes;

@Component
class FacebookModerator extends FacebookCapability implements Moderator {

    FacebookModerator(FacebookGraph graph) {
        super(graph);
    }

    /** Hide: {@code POST /{comment-id}} with {@code is_hidden=true}. Remove: {@code DELETE /{comment-id}}. */
    @Override
    public void moderate(ChannelAccount account, String platformId, boolean remove) {
        String id = objectId(platformId);
        FacebookClient client = graph.client(account);
        boolean done = remove ? client.call(IDEMPOTENT, () -> client.facebook.deleteObject(id))
                : client.call(IDEMPOTENT, () -> client.facebook.publish(id, GraphResponse.class,
                        Parameter.with("is_hidden", true))).isSuccess();
        if (!done) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.RETRY, FailureCode.UNEXPECTED_RESPONSE,
                    "Facebook did not confirm it", null, null);
        }
    }
}
