package se.redaktionen.publishing.internal;

import java.net.HttpURLConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import com.restfb.DefaultFacebookClient;
import com.restfb.DefaultJsonMapper;
import com.restfb.DefaultWebRequestor;
import com.restfb.FacebookEndpoints;
import com.restfb.Parameter;
import com.restfb.Version;
import com.restfb.exception.FacebookException;
import com.restfb.exception.FacebookGraphException;
import com.restfb.exception.FacebookNetworkException;
import com.restfb.types.FacebookType;
import com.restfb.types.Page;
import com.restfb.types.Post;

import tools.jackson.databind.JsonNode;

import se.redaktionen.channel.ChannelAccount;
import se.redaktionen.channel.ChannelKind;

/**
 * A Facebook page through RestFB with a page access token: {@code POST /{page-id}/feed} with message
 * and link, on the configured Graph API version and address.
 */
@Component
class FacebookAdapter implements PlatformAdapter, AudienceReader {

    private final PlatformProperties properties;
    private final PlatformHttp http;
    private final Clock clock;
    private final Version version;

    FacebookAdapter(PlatformProperties properties, PlatformHttp http, Clock clock) {
        this.properties = properties;
        this.http = http;
        this.clock = clock;
        this.version = Version.getVersionFromString(properties.facebook().graphVersion());
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.FACEBOOK_PAGE;
    }

    @Override
    public Published publish(ChannelAccount account, Publication publication) {
        if (publication.isReply()) {
            throw PlatformFailure.permanent(FailureCode.NO_API, "replies");
        }
        List<Parameter> parameters = new ArrayList<>();
        parameters.add(Parameter.with("message", publication.text()));
        if (publication.link() != null && !publication.link().isBlank()) {
            parameters.add(Parameter.with("link", publication.link().strip()));
        }
        Client client = client(account);
        FacebookType created = client.call(true, () -> client.facebook.publish(pageId(account) + "/feed",
                FacebookType.class, parameters.toArray(Parameter[]::new)));
        if (created == null || created.getId() == null) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.UNCERTAIN, FailureCode.UNEXPECTED_RESPONSE,
                    "no id in the answer", null, null);
        }
        return new Published(created.getId(), properties.facebook().webUrl() + "/" + created.getId());
    }

    /** The page's recent posts since shortly before the publication was made, compared by message. */
    @Override
    public Optional<Published> find(ChannelAccount account, Publication publication) {
        Client client = client(account);
        List<Post> posts = client.call(false, () -> client.facebook.fetchConnection(pageId(account) + "/feed",
                Post.class, Parameter.with("fields", "id,message,created_time,permalink_url"),
                Parameter.with("since", publication.createdAt().minus(1, ChronoUnit.MINUTES).getEpochSecond()),
                Parameter.with("limit", 100)).getData());
        String wanted = SameText.normalise(publication.text());
        return posts.stream().filter(p -> SameText.normalise(p.getMessage()).equals(wanted)).findFirst()
                .map(p -> new Published(p.getId(), p.getPermalinkUrl() != null ? p.getPermalinkUrl()
                        : properties.facebook().webUrl() + "/" + p.getId()));
    }

    @Override
    public void moderate(ChannelAccount account, String platformId, boolean remove) {
        throw PlatformFailure.permanent(FailureCode.NO_API, "moderation");
    }

    @Override
    public boolean readsResponses() {
        return false;
    }

    @Override
    public se.redaktionen.publishing.InboundPage fetchResponses(ChannelAccount account, String cursor) {
        throw PlatformFailure.permanent(FailureCode.NO_API, "responses");
    }

    @Override
    public String testConnection(ChannelAccount account) {
        Client client = client(account);
        Page page = client.call(false, () -> client.facebook.fetchObject(pageId(account), Page.class,
                Parameter.with("fields", "id,name")));
        return page.getName() + " (" + page.getId() + ")";
    }

    /** The page's followers and fans (people who like it): {@code GET /{page-id}?fields=followers_count,fan_count}. */
    @Override
    public Audience audience(ChannelAccount account) {
        Client client = client(account);
        Page page = client.call(false, () -> client.facebook.fetchObject(pageId(account), Page.class,
                Parameter.with("fields", "followers_count,fan_count")));
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

    private Client client(ChannelAccount account) {
        String token = account.credential("pageAccessToken");
        if (token == null || token.isBlank()) {
            throw PlatformFailure.permanent(FailureCode.CREDENTIALS_MISSING, null);
        }
        return new Client(token);
    }

    private static String pageId(ChannelAccount account) {
        String handle = account.handle() == null ? "" : account.handle().strip();
        if (handle.isEmpty() || !handle.matches("[A-Za-z0-9._-]+")) {
            throw PlatformFailure.permanent(FailureCode.NOT_FOUND, "the channel has no page id");
        }
        return handle;
    }

    /** One RestFB client per call, so the headers of an answer (rate limits) belong to that call. */
    private final class Client {

        private final Requestor requestor = new Requestor();
        private final DefaultFacebookClient facebook;

        Client(String token) {
            facebook = new DefaultFacebookClient(token, requestor, new DefaultJsonMapper(), version);
            facebook.setFacebookEndpointUrls(new FacebookEndpoints() {
                @Override
                public String getGraphEndpoint() {
                    return properties.facebook().baseUrl();
                }
            });
        }

        <T> T call(boolean creating, java.util.function.Supplier<T> graphCall) {
            try {
                return graphCall.get();
            } catch (FacebookGraphException e) {
                throw graphFailure(e, creating);
            } catch (FacebookNetworkException e) {
                if (e.getHttpStatusCode() != null && e.getHttpStatusCode() >= 400) {
                    throw HttpOutcomes.fromStatus(e.getHttpStatusCode(), headers(), null, creating, clock.instant());
                }
                throw HttpOutcomes.fromIo(e, creating);
            } catch (FacebookException e) {
                throw HttpOutcomes.fail(creating ? PlatformFailure.Kind.UNCERTAIN : PlatformFailure.Kind.RETRY,
                        FailureCode.UNEXPECTED_RESPONSE, e.getMessage(), null, null);
            }
        }

        /**
         * Graph errors by code: 190 token, 10 and 200-299 permissions, 4/17/32/613/80001 rate limits,
         * 506 duplicate post, 100 invalid parameter, 1/2 temporary trouble.
         */
        private PlatformFailure graphFailure(FacebookGraphException e, boolean creating) {
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
                return HttpOutcomes.fail(creating && code == 1 ? PlatformFailure.Kind.UNCERTAIN
                        : PlatformFailure.Kind.RETRY, FailureCode.PLATFORM_UNAVAILABLE, message, null, status);
            }
            return HttpOutcomes.fromStatus(status == null ? 400 : status, headers(), message, creating,
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
                    for (JsonNode perObject : http.json().readTree(usage)) {
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
    }

    /** RestFB's requestor with this application's timeouts. */
    private final class Requestor extends DefaultWebRequestor {

        @Override
        protected void customizeConnection(HttpURLConnection connection) {
            connection.setConnectTimeout((int) properties.connectTimeout().toMillis());
            connection.setReadTimeout((int) properties.readTimeout().toMillis());
        }
    }
}
