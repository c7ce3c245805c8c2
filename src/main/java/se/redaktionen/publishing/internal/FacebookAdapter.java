package se.redaktionen.publishing.internal;

import static se.redaktionen.publishing.internal.RequestKind.CREATING;
import static se.redaktionen.publishing.internal.RequestKind.IDEMPOTENT;

import java.net.HttpURLConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import com.restfb.json.JsonObject;
import com.restfb.types.FacebookType;
import com.restfb.types.GraphResponse;
import com.restfb.types.Page;
import com.restfb.types.Post;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import se.redaktionen.channel.ChannelAccount;
import se.redaktionen.channel.ChannelKind;
import se.redaktionen.publishing.InboundKind;
import se.redaktionen.publishing.InboundPage;
import se.redaktionen.publishing.InboundResponse;

/**
 * A Facebook page through RestFB with a page access token: {@code POST /{page-id}/feed} with message
 * and link, on the configured Graph API version and address; replies are comments
 * ({@code POST /{id}/comments}), responses are read from the page's feed with its posts' comments, and
 * comments are hidden ({@code is_hidden}) or deleted.
 */
@Component
class FacebookAdapter implements PlatformAdapter, AudienceReader {

    private static final String COMMENT_FIELDS = "id,message,from,created_time,parent{id}";
    /** The page's posts with their newest comments, replies included ({@code filter(stream)}), in one call. */
    private static final String FEED_FIELDS = "id,created_time,comments.filter(stream).order(reverse_chronological)"
            + ".limit(100){" + COMMENT_FIELDS + "}";
    private static final int FEED_PAGE = 25;
    private static final int MAX_FEED_PAGES = 20;
    private static final int MAX_COMMENT_PAGES = 50;

    /** Responses handed out per call; tests make it small. */
    int pageSize = 100;

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
            return reply(account, publication);
        }
        List<Parameter> parameters = new ArrayList<>();
        parameters.add(Parameter.with("message", publication.text()));
        if (publication.link() != null && !publication.link().isBlank()) {
            parameters.add(Parameter.with("link", publication.link().strip()));
        }
        Client client = client(account);
        FacebookType created = client.call(CREATING, () -> client.facebook.publish(pageId(account) + "/feed",
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
        if (publication.isReply()) {
            return findReply(account, publication);
        }
        Client client = client(account);
        List<Post> posts = client.call(IDEMPOTENT, () -> client.facebook.fetchConnection(pageId(account) + "/feed",
                Post.class, Parameter.with("fields", "id,message,created_time,permalink_url"),
                Parameter.with("since", publication.createdAt().minus(1, ChronoUnit.MINUTES).getEpochSecond()),
                Parameter.with("limit", 100)).getData());
        String wanted = SameText.normalise(publication.text());
        return posts.stream().filter(p -> SameText.normalise(p.getMessage()).equals(wanted)).findFirst()
                .map(p -> new Published(p.getId(), p.getPermalinkUrl() != null ? p.getPermalinkUrl()
                        : properties.facebook().webUrl() + "/" + p.getId()));
    }

    /**
     * A comment on what is answered, as the page: {@code POST /{inReplyTo}/comments} with {@code message}.
     * A comment on a comment is a reply in its thread; Graph keeps threads one level deep, so a comment on
     * a reply lands in the same thread.
     */
    private Published reply(ChannelAccount account, Publication publication) {
        String target = objectId(publication.inReplyTo());
        Client client = client(account);
        FacebookType created = client.call(CREATING, () -> client.facebook.publish(target + "/comments",
                FacebookType.class, Parameter.with("message", publication.text())));
        if (created == null || created.getId() == null) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.UNCERTAIN, FailureCode.UNEXPECTED_RESPONSE,
                    "no id in the answer", null, null);
        }
        return new Published(created.getId(), properties.facebook().webUrl() + "/" + created.getId());
    }

    /**
     * The comments on what was answered ({@code GET /{inReplyTo}/comments}), compared by message and, where
     * Graph shows it, by the page as author; then, if the answered comment is itself a reply, its thread's.
     */
    private Optional<Published> findReply(ChannelAccount account, Publication publication) {
        Client client = client(account);
        String target = objectId(publication.inReplyTo());
        String wanted = SameText.normalise(publication.text());
        PageIdentity page = new PageIdentity(client, account);
        Optional<Published> found = ourComment(client, target, wanted, page);
        if (found.isPresent()) {
            return found;
        }
        String thread = graph(client, target, Parameter.with("fields", "id,parent{id}"))
                .path("parent").path("id").asString("");
        return thread.isEmpty() ? Optional.empty() : ourComment(client, objectId(thread), wanted, page);
    }

    private Optional<Published> ourComment(Client client, String target, String wanted, PageIdentity page) {
        JsonNode comments = graph(client, target + "/comments",
                Parameter.with("fields", "id,message,from,created_time,permalink_url"),
                Parameter.with("order", "reverse_chronological"), Parameter.with("limit", 100));
        for (JsonNode comment : comments.path("data")) {
            String author = comment.path("from").path("id").asString("");
            if (SameText.normalise(comment.path("message").asString("")).equals(wanted)
                    && (author.isEmpty() || page.is(author)) && comment.hasNonNull("id")) {
                String id = comment.path("id").asString();
                String permalink = comment.path("permalink_url").asString("");
                return Optional.of(new Published(id, permalink.isEmpty()
                        ? properties.facebook().webUrl() + "/" + id : permalink));
            }
        }
        return Optional.empty();
    }

    /** Hide: {@code POST /{comment-id}} with {@code is_hidden=true}. Remove: {@code DELETE /{comment-id}}. */
    @Override
    public void moderate(ChannelAccount account, String platformId, boolean remove) {
        String id = objectId(platformId);
        Client client = client(account);
        boolean done = remove ? client.call(IDEMPOTENT, () -> client.facebook.deleteObject(id))
                : client.call(IDEMPOTENT, () -> client.facebook.publish(id, GraphResponse.class,
                        Parameter.with("is_hidden", true))).isSuccess();
        if (!done) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.RETRY, FailureCode.UNEXPECTED_RESPONSE,
                    "Facebook did not confirm it", null, null);
        }
    }

    @Override
    public boolean readsResponses() {
        return true;
    }

    /**
     * The comments and replies on the page's posts of the last 30 days, oldest first:
     * {@code GET /{page-id}/feed?since=…&fields=id,created_time,comments.filter(stream).order(reverse_chronological).limit(100){…}},
     * and for a post with more new comments than that, {@code GET /{post-id}/comments} page by page until
     * the cursor is reached. A comment answers its post ({@code inReplyTo} the post id as
     * {@code POST /{page-id}/feed} returned it), a reply its parent comment. The page's own comments — our
     * replies — are left out. The cursor is the last {@code created_time} handed out (epoch seconds) and the
     * ids of that second (see {@link TimeCursor}); each call reads the platform afresh from it.
     *
     * <p>A comment can become readable after newer ones were read, with the time it was written (one the
     * page's moderation or Facebook's filter held back and someone let through later): behind the cursor,
     * where the next call does not look. As for blog comments (see {@code WordPressAdapter}), nothing is
     * remembered to catch it; the comments behind the cursor on the pages read anyway — every post's newest
     * hundred, of the last 30 days' posts — are handed out again as {@code late} on the last page, and the
     * response module stores what it does not have yet. That costs no extra request.
     */
    @Override
    public InboundPage fetchResponses(ChannelAccount account, String cursor) {
        TimeCursor from = TimeCursor.parse(cursor);
        Instant windowStart = clock.instant().minus(InboundText.FIRST_READING);
        long notBefore = from != null ? from.second() : windowStart.getEpochSecond();
        Client client = client(account);
        PageIdentity page = new PageIdentity(client, account);
        List<InboundResponse> fresh = new ArrayList<>();
        List<InboundResponse> late = new ArrayList<>();
        String after = null;
        for (int feedPage = 0; feedPage < MAX_FEED_PAGES; feedPage++) {
            List<Parameter> parameters = new ArrayList<>(List.of(Parameter.with("fields", FEED_FIELDS),
                    Parameter.with("since", windowStart.getEpochSecond()), Parameter.with("limit", FEED_PAGE)));
            if (after != null) {
                parameters.add(Parameter.with("after", after));
            }
            JsonNode feed = graph(client, pageId(account) + "/feed", parameters.toArray(Parameter[]::new));
            for (JsonNode post : feed.path("data")) {
                String postId = post.path("id").asString("");
                if (!postId.isEmpty()) {
                    collect(client, postId, post.path("comments"), from, notBefore, page, fresh, late);
                }
            }
            after = nextPage(feed);
            if (after == null) {
                break;
            }
        }
        fresh.sort(TimeCursor.ORDER);
        List<InboundResponse> handedOut = List.copyOf(fresh.size() > pageSize ? fresh.subList(0, pageSize) : fresh);
        boolean more = fresh.size() > pageSize;
        return new InboundPage(handedOut, TimeCursor.after(from, handedOut, cursor), more,
                more ? List.of() : List.copyOf(late));
    }

    /**
     * One post's comments newer than the cursor, newest first, following its pages down to the cursor; the
     * ones behind the cursor on those pages go to {@code late}.
     */
    private void collect(Client client, String postId, JsonNode comments, TimeCursor from, long notBefore,
                         PageIdentity page, List<InboundResponse> fresh, List<InboundResponse> late) {
        JsonNode list = comments;
        for (int i = 0; i < MAX_COMMENT_PAGES; i++) {
            boolean reachedCursor = false;
            for (JsonNode comment : list.path("data")) {
                String id = comment.path("id").asString("");
                Instant at = InboundText.graphTime(comment.path("created_time").asString(null));
                if (id.isEmpty() || at == null) {
                    continue;
                }
                boolean behind = at.getEpochSecond() < notBefore;
                reachedCursor |= behind;
                JsonNode author = comment.path("from");
                // Without a cursor, behind is before the first reading's 30 days.
                if ((behind && from == null) || page.is(author.path("id").asString(""))) {
                    continue;
                }
                String parent = comment.path("parent").path("id").asString("");
                InboundResponse response = new InboundResponse(id, parent.isEmpty() ? InboundKind.COMMENT
                        : InboundKind.REPLY, parent.isEmpty() ? postId : parent, postId,
                        InboundText.name(author.path("name").asString(null)), null,
                        InboundText.text(comment.path("message").asString("")), at);
                (TimeCursor.seen(from, at, id) ? late : fresh).add(response);
            }
            String after = nextPage(list);
            if (reachedCursor || after == null) {
                return;
            }
            list = graph(client, postId + "/comments", Parameter.with("fields", COMMENT_FIELDS),
                    Parameter.with("filter", "stream"), Parameter.with("order", "reverse_chronological"),
                    Parameter.with("limit", 100), Parameter.with("after", after));
        }
    }

    /** Graph's cursor to the next page, or null on the last one. */
    private static String nextPage(JsonNode list) {
        JsonNode paging = list.path("paging");
        String after = paging.path("cursors").path("after").asString("");
        return paging.hasNonNull("next") && !after.isEmpty() ? after : null;
    }

    /** A Graph object or list as JSON, read through RestFB so that errors are classified like any call. */
    private JsonNode graph(Client client, String path, Parameter... parameters) {
        JsonObject object = client.call(IDEMPOTENT, () -> client.facebook.fetchObject(path, JsonObject.class,
                parameters));
        try {
            return object == null ? http.json().missingNode() : http.json().readTree(object.toString());
        } catch (JacksonException unreadable) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.RETRY, FailureCode.UNEXPECTED_RESPONSE,
                    unreadable.getOriginalMessage(), null, null);
        }
    }

    /** Graph ids: digits, a post's or comment's joined by an underscore. */
    private static String objectId(String platformId) {
        String id = platformId == null ? "" : platformId.strip();
        if (!id.matches("[0-9]+(_[0-9]+)*")) {
            throw PlatformFailure.permanent(FailureCode.NOT_FOUND, "no Facebook id: " + platformId);
        }
        return id;
    }

    /** Whether an author id is the page itself: its handle if that is the numeric id, else asked once. */
    private final class PageIdentity {

        private final Client client;
        private final ChannelAccount account;
        private String id;

        PageIdentity(Client client, ChannelAccount account) {
            this.client = client;
            this.account = account;
        }

        boolean is(String authorId) {
            if (authorId == null || authorId.isEmpty()) {
                return false;
            }
            if (id == null) {
                String handle = pageId(account);
                id = handle.matches("[0-9]+") ? handle
                        : graph(client, handle, Parameter.with("fields", "id")).path("id").asString(handle);
            }
            return id.equals(authorId);
        }
    }

    @Override
    public String testConnection(ChannelAccount account) {
        Client client = client(account);
        Page page = client.call(IDEMPOTENT, () -> client.facebook.fetchObject(pageId(account), Page.class,
                Parameter.with("fields", "id,name")));
        return page.getName() + " (" + page.getId() + ")";
    }

    @Override
    public String address(ChannelAccount account) {
        return properties.facebook().baseUrl();
    }

    /** The page's followers and fans (people who like it): {@code GET /{page-id}?fields=followers_count,fan_count}. */
    @Override
    public Audience audience(ChannelAccount account) {
        Client client = client(account);
        Page page = client.call(IDEMPOTENT, () -> client.facebook.fetchObject(pageId(account), Page.class,
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
        PlainHttpGuard.check(account, address(account));
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

        <T> T call(RequestKind kind, java.util.function.Supplier<T> graphCall) {
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
