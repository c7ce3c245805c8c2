package se.redaktionen.platform.internal.x;

import static se.redaktionen.platform.internal.RequestKind.IDEMPOTENT;

import java.net.URI;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import se.redaktionen.platform.AudienceReader;
import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.internal.HttpOutcomes;

/** The account's followers: {@code GET /2/users/me?user.fields=public_metrics}, signed like every call. */
@Component
class XAudience extends XCapability implements AudienceReader {

    XAudience(XClient x) {
        super(x);
    }

    @Override
    public Audience audience(ChannelAccount account) {
        URI uri = URI.create(x.baseUrl() + "/2/users/me?user.fields=public_metrics");
        JsonNode followers = x.call(account, HttpMethod.GET, uri, null, IDEMPOTENT)
                .path("data").path("public_metrics").path("followers_count");
        if (!followers.canConvertToInt() || followers.asInt() < 0) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.PERMANENT, FailureCode.UNEXPECTED_RESPONSE,
                    "no data.public_metrics.followers_count in the answer", null, null);
        }
        return new Audience(followers.asInt(), null);
    }
}
