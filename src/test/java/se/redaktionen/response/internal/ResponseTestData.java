package se.redaktionen.response.internal;

import java.time.Instant;

import org.springframework.context.ApplicationContext;

import se.redaktionen.response.ResponseKind;

/** The response module's side of {@link se.redaktionen.support.TestData}: a response taken in as a platform's. */
public final class ResponseTestData {

    private ResponseTestData() {
    }

    /** A comment from the public on the channel, routed as any response is; returns its id. */
    public static long comment(ApplicationContext context, long channelId, String platformId, String inReplyTo,
                               String authorName, String text, Instant receivedAt) {
        ResponseRecorder.Incoming incoming = new ResponseRecorder.Incoming(channelId, platformId,
                ResponseKind.COMMENT, inReplyTo, null, authorName, null, text, receivedAt, Response.Source.PLATFORM,
                null);
        return context.getBean(ResponseRecorder.class).record(incoming).response().getId();
    }
}
