package se.redaktionen.response.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.response.ResponseKind;
import se.redaktionen.web.TrimmedText;

/**
 * Takes a response in, from a platform, a person or a file: once per channel and platform id. A
 * second arrival of the same response is answered with the row already there, changed in nothing.
 */
@Service
class ResponseRecorder {

    /** What came in, wherever it came from. */
    record Incoming(long channelId, String platformId, ResponseKind kind, String inReplyTo, String parentPlatformId,
                    String authorName, String authorHandle, String text, Instant receivedAt,
                    Response.Source source, Long loggedBy) {
    }

    record Recorded(Response response, boolean created) {
    }

    private final ResponseRepository responses;
    private final ResponseRouting routing;
    private final Clock clock;

    ResponseRecorder(ResponseRepository responses, ResponseRouting routing, Clock clock) {
        this.responses = responses;
        this.routing = routing;
        this.clock = clock;
    }

    /** In its own transaction, so that one response that cannot be stored never takes others with it. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Recorded record(Incoming in) {
        return record(in, null);
    }

    /** As {@link #record(Incoming)}, for a response logged by hand with the post it answers, if known. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Recorded record(Incoming in, Long answersPostId) {
        var existing = responses.findByChannelIdAndPlatformId(in.channelId(), in.platformId());
        if (existing.isPresent()) {
            return new Recorded(existing.get(), false);
        }
        Instant now = clock.instant();
        Response response = new Response(in.channelId(), in.platformId(), in.kind(), TrimmedText.of(in.inReplyTo()),
                TrimmedText.of(in.authorName()), TrimmedText.of(in.authorHandle()), in.text().strip(), in.receivedAt(),
                in.source(), in.loggedBy(), now);
        routing.route(response, TrimmedText.of(in.parentPlatformId()), answersPostId, now);
        return new Recorded(responses.saveAndFlush(response), true);
    }
}
