package se.redaktionen.platform.internal.facebook;

import static se.redaktionen.platform.internal.RequestKind.IDEMPOTENT;

import java.net.HttpURLConnection;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.http.HttpHeaders;

import com.restfb.DefaultFacebookClient;
import com.restfb.DefaultJsonMapper;
import com.restfb.DefaultWebRequestor;
import com.restfb.FacebookEndpoints;
import com.restfb.Parameter;
import com.restfb.Version;
import com.restfb.exception.FacebookException;
import com.restfb.exception.FacebookGraphException;
import com.restfb.exception.FacebookNetworkException;
import com.restfb.json.JsonObject;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.internal.HttpOutcomes;
import se.redaktionen.platform.internal.PlatformProperties;
import se.redaktionen.platform.internal.RequestKind;

/** One RestFB client per call, so the headers of an answer (rate limits) belong to that call. */
final class FacebookClient {

    final DefaultFacebookClient facebook;
    private final Requestor requestor;
    private final JsonMapper json;
    private final Clock clock;

    FacebookClient(String token, PlatformProperties properties, Version version, JsonMapper json, Clock clock) {
        this.requestor = new Requestor(properties);
        this.json = json;
        this.clock = clock;
        facebook = new DefaultFacebookClient(token, requestor, new DefaultJsonMapper(), version);
        facebook.setFacebookEndpointUrls(new FacebookEndpoints() {
            @Override
            public String getGraphEndpoint() {
                return properties.facebook().baseUrl();
            }
        });
    }

    <T> T call(RequestKind kind, Supplier<T> graphCall) {
        try {
            return graphCall.get();
        } catch (FacebookGraphException e) {
            throw graphFailure(e, kind);
        } catch (FacebookNetworkException e) {
            if (e.getHttpStatusCode() != null && e.getHttpStatusCode() >= 400) {
                throw HttpOutcomes.fromStatus(e.getHttpStatusCode(), headers(), null, kind, clock.instant());
            }
            throw HttpOutcomes.fromIo(e, kind);
        } catch (FacebookException e) {
            throw HttpOutcomes.fail(kind.ifAnswerLost(), FailureCode.UNEXPECTED_RESPONSE, e.getMessage(), null,
                    null);
        }
    }

    /** A Graph object or list as JSON, read through RestFB so that errors are classified like any call. */
    JsonNode graph(String path, Parameter... parameters) {
        JsonObject object = call(IDEMPOTENT, () -> facebook.fetchObject(path, JsonObject.class, parameters));
        try {
            return object == null ? json.missingNode() : json.readTree(object.toString());
        } catch (JacksonException unreadable) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.RETRY, FailureCode.UNEXPECTED_RESPONSE,
                    unreadable.getOriginalMessage(), null, null);
        }
    }

    /**
     * Graph errors by code: 190 token, 10 and 200-299 permissions, 4/17/32/613/80001 rate limits,
     * 506 duplicate post, 100 invalid parameter, 1/2 temporary trouble.
     */
    private PlatformFailure graphFailure(FacebookGraphException e, RequestKind kind) {
        int code = e.getErrorCode() == null ? 0 : e.getErrorCode();
        Integer status = e.getHttpStatusCode();
        String message = e.getErrorMessage();
        if (code == 190 || code == 102 || code == 463 || code == 467) {
            return HttpOutcomes.fail(PlatformFailure.Kind.PERMANENT, FailureCode.TOKEN_INVALID, message, null,
                    status);
        }
        if (code == 10 || code == 368 || (code >= 200 && code < 300)) {
            return HttpOutcomes.fail(PlatformFailure.Kind.PERMANENT, FailureCode.PERMISSION_DENIED, message,
                    null, status);
        }
        if (code == 4 || code == 17 || code == 32 || code == 613 || code == 80001) {
            return HttpOutcomes.fail(PlatformFailure.Kind.RETRY, FailureCode.RATE_LIMITED, message,
                    rateLimitWait(), status);
        }
        if (code == 506) {
            return HttpOutcomes.fail(PlatformFailure.Kind.PERMANENT, FailureCode.DUPLICATE, message, null, status);
        }
        if (code == 100) {
            return HttpOutcomes.fail(PlatformFailure.Kind.PERMANENT, FailureCode.REJECTED, message, null, status);
        }
        if (code == 1 || code == 2 || Boolean.TRUE.equals(e.getIsTransient())) {
            // Code 1 is an unknown error, which may come after the post was made; 2 says it was not.
            return HttpOutcomes.fail(code == 1 ? kind.ifAnswerLost() : PlatformFailure.Kind.RETRY,
                    FailureCode.PLATFORM_UNAVAILABLE, message, null, status);
        }
        return HttpOutcomes.fromStatus(status == null ? 400 : status, headers(), message, kind,
                clock.instant());
    }

    /** Retry-After, or the usage header's {@code estimated_time_to_regain_access} in minutes. */
    private Duration rateLimitWait() {
        HttpHeaders headers = headers();
        Duration retryAfter = HttpOutcomes.retryAfter(headers, clock.instant());
        if (retryAfter != null) {
            return retryAfter;
        }
        String usage = headers.getFirst("x-business-use-case-usage");
        if (usage != null) {
            try {
                long minutes = 0;
                for (JsonNode perObject : json.readTree(usage)) {
                    for (JsonNode entry : perObject) {
                        minutes = Math.max(minutes, entry.path("estimated_time_to_regain_access").asLong(0));
                    }
                }
                return minutes > 0 ? Duration.ofMinutes(minutes) : null;
            } catch (RuntimeException unreadable) {
                return null;
            }
        }
        return null;
    }

    private HttpHeaders headers() {
        HttpHeaders headers = new HttpHeaders();
        Map<String, List<String>> current = requestor.getCurrentHeaders();
        if (current != null) {
            current.forEach((name, values) -> {
                if (name != null && values != null) {
                    headers.addAll(name.toLowerCase(Locale.ROOT), values);
                }
            });
        }
        return headers;
    }

    /** RestFB's requestor with this application's timeouts. */
    private static final class Requestor extends DefaultWebRequestor {

        private final PlatformProperties properties;

        Requestor(PlatformProperties properties) {
            this.properties = properties;
        }

        @Override
        protected void customizeConnection(HttpURLConnection connection) {
            connection.setConnectTimeout((int) properties.connectTimeout().toMillis());
            connection.setReadTimeout((int) properties.readTimeout().toMillis());
        }
    }
}
