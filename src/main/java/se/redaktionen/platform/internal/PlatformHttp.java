package se.redaktionen.platform.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlatformFailure;

/**
 * The HTTP calls of the JSON platforms (X, WordPress): bounded timeouts, the answer read as JSON,
 * and anything but success turned into a classified {@link PlatformFailure}. A body is sent as JSON, or
 * as a form when it is a {@link MultiValueMap}.
 */
@Component
public class PlatformHttp {

    /** Reads the platform's own error text out of its error document. */
    public interface ErrorReader extends Function<JsonNode, String> {
    }

    private final RestClient client;
    private final JsonMapper json;
    private final Clock clock;

    public PlatformHttp(PlatformProperties properties, JsonMapper json, Clock clock) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
        factory.setReadTimeout(properties.readTimeout());
        this.client = RestClient.builder().requestFactory(factory).build();
        this.json = json;
        this.clock = clock;
    }

    /** A successful answer: its JSON document and its headers (paging, rate limits). */
    public record Answer(JsonNode body, HttpHeaders headers) {
    }

    public JsonNode call(HttpMethod method, URI uri, Consumer<HttpHeaders> headers, Object body, RequestKind kind,
                         ErrorReader errors) {
        return exchange(method, uri, headers, body, kind, errors).body();
    }

    /** As {@link #call}, keeping the answer's headers. */
    public Answer exchange(HttpMethod method, URI uri, Consumer<HttpHeaders> headers, Object body, RequestKind kind,
                           ErrorReader errors) {
        try {
            RestClient.RequestBodySpec request = client.method(method).uri(uri).headers(headers)
                    .accept(MediaType.APPLICATION_JSON);
            if (body instanceof MultiValueMap<?, ?> form) {
                // An OAuth2 token endpoint takes a form, not JSON.
                request.contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form);
            } else if (body != null) {
                request.contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsString(body));
            }
            return request.exchange((req, res) -> {
                int status = res.getStatusCode().value();
                String text = new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8);
                JsonNode document = parse(text);
                if (status >= 200 && status < 300) {
                    if (document == null) {
                        throw HttpOutcomes.fail(kind.ifAnswerLost(), FailureCode.UNEXPECTED_RESPONSE,
                                abbreviate(text), null, status);
                    }
                    HttpHeaders answered = new HttpHeaders();
                    answered.putAll(res.getHeaders());
                    return new Answer(document, answered);
                }
                String message = document == null ? abbreviate(text) : errors.apply(document);
                throw HttpOutcomes.fromStatus(status, res.getHeaders(), message, kind, clock.instant());
            }, true);
        } catch (ResourceAccessException e) {
            throw HttpOutcomes.fromIo(e, kind);
        }
    }

    public JsonMapper json() {
        return json;
    }

    public Clock clock() {
        return clock;
    }

    private JsonNode parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JacksonException e) {
            return null;
        }
    }

    public static String abbreviate(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.length() > 300 ? t.substring(0, 300) + "…" : t;
    }
}
