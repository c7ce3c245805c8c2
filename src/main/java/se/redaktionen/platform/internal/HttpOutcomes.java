package se.redaktionen.platform.internal;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.http.HttpHeaders;

import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.NetworkTrouble;
import se.redaktionen.platform.PlatformFailure;

/**
 * What an HTTP answer or an I/O error means for the publication. A request that creates something
 * and gets no clear answer may have been taken by the platform: that is UNCERTAIN, never a blind retry.
 * Only answers by which the platform itself says it did not process the request (429, 503, a refused
 * connection) are retried as they are.
 */
public final class HttpOutcomes {

    private HttpOutcomes() {
    }

    public static PlatformFailure fromStatus(int status, HttpHeaders headers, String platformMessage,
                                             RequestKind request, Instant now) {
        return switch (status) {
            case 401 -> fail(PlatformFailure.Kind.PERMANENT, FailureCode.TOKEN_INVALID, platformMessage, null, status);
            case 403 -> fail(PlatformFailure.Kind.PERMANENT, FailureCode.PERMISSION_DENIED, platformMessage, null,
                    status);
            case 404, 410 -> fail(PlatformFailure.Kind.PERMANENT, FailureCode.NOT_FOUND, platformMessage, null, status);
            case 400, 413, 422 -> fail(PlatformFailure.Kind.PERMANENT, FailureCode.REJECTED, platformMessage, null,
                    status);
            case 409 -> fail(PlatformFailure.Kind.PERMANENT, FailureCode.DUPLICATE, platformMessage, null, status);
            case 429 -> fail(PlatformFailure.Kind.RETRY, FailureCode.RATE_LIMITED, platformMessage,
                    retryAfter(headers, now), status);
            case 503 -> fail(PlatformFailure.Kind.RETRY, FailureCode.PLATFORM_UNAVAILABLE, platformMessage,
                    retryAfter(headers, now), status);
            // Mostly a proxy or CDN in front of the platform, which passed the request on and lost the answer.
            case 502, 504 -> lostBehindGateway(request, platformMessage, retryAfter(headers, now), status);
            case 301, 302, 303, 307, 308 -> fail(PlatformFailure.Kind.PERMANENT, FailureCode.NOT_FOUND,
                    "moved to " + headers.getFirst(HttpHeaders.LOCATION), null, status);
            default -> status >= 500
                    ? fail(request.ifAnswerLost(), FailureCode.PLATFORM_ERROR, platformMessage, null, status)
                    : fail(request == RequestKind.CREATING ? PlatformFailure.Kind.UNCERTAIN
                            : PlatformFailure.Kind.PERMANENT, FailureCode.UNEXPECTED_RESPONSE, platformMessage, null,
                            status);
        };
    }

    /**
     * Could not connect: the platform never saw the request. Anything later: it may have. The platform
     * said nothing, so there is no detail; the trouble says what failed on the way.
     */
    public static PlatformFailure fromIo(Throwable error, RequestKind request) {
        NetworkTrouble trouble = NetworkTrouble.of(error);
        // Searched along the whole chain: the JDK client's ConnectException wraps a ClosedChannelException.
        Throwable notConnected = inChain(error, ConnectException.class, UnknownHostException.class,
                HttpConnectTimeoutException.class);
        if (notConnected != null) {
            return new PlatformFailure(PlatformFailure.Kind.RETRY, FailureCode.NETWORK, null, null, null, trouble);
        }
        Throwable timeout = inChain(error, HttpTimeoutException.class, SocketTimeoutException.class);
        FailureCode code = timeout != null ? FailureCode.TIMEOUT : FailureCode.NETWORK;
        return new PlatformFailure(request.ifAnswerLost(), code, null, null, null, trouble);
    }

    /** A creating request is reconciled (after the wait the gateway asks for), any other one retried. */
    private static PlatformFailure lostBehindGateway(RequestKind request, String platformMessage, Duration retryAfter,
                                                     int status) {
        PlatformFailure.Kind kind = request.ifAnswerLost();
        return fail(kind, kind == PlatformFailure.Kind.UNCERTAIN ? FailureCode.PLATFORM_ERROR
                : FailureCode.PLATFORM_UNAVAILABLE, platformMessage, retryAfter, status);
    }

    /** {@code Retry-After} in seconds or as a date, or X's {@code x-rate-limit-reset} in epoch seconds. */
    public static Duration retryAfter(HttpHeaders headers, Instant now) {
        String retryAfter = headers.getFirst(HttpHeaders.RETRY_AFTER);
        if (retryAfter != null) {
            try {
                return Duration.ofSeconds(Math.max(0, Long.parseLong(retryAfter.strip())));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(retryAfter.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant();
                    return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
                } catch (DateTimeParseException ignored) {
                    // An unreadable header leaves the backoff alone.
                }
            }
        }
        String reset = headers.getFirst("x-rate-limit-reset");
        if (reset != null) {
            try {
                Instant at = Instant.ofEpochSecond(Long.parseLong(reset.strip()));
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (NumberFormatException ignored) {
                // As above.
            }
        }
        return null;
    }

    public static PlatformFailure fail(PlatformFailure.Kind kind, FailureCode code, String detail,
                                       Duration retryAfter, Integer status) {
        return new PlatformFailure(kind, code, detail, retryAfter, status);
    }

    public static Throwable inChain(Throwable error, Class<?>... types) {
        for (Throwable t = error; t != null && t != t.getCause(); t = t.getCause()) {
            for (Class<?> type : types) {
                if (type.isInstance(t)) {
                    return t;
                }
            }
        }
        return null;
    }
}
