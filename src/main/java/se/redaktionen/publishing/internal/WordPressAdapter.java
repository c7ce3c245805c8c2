package se.redaktionen.publishing.internal;

import static se.redaktionen.publishing.internal.RequestKind.CREATING;
import static se.redaktionen.publishing.internal.RequestKind.IDEMPOTENT;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;

import se.redaktionen.channel.ChannelAccount;
import se.redaktionen.channel.ChannelKind;
import se.redaktionen.publishing.InboundPage;
import se.redaktionen.publishing.InboundResponse;

/**
 * A WordPress blog through its REST API with an application password (HTTP Basic). The channel's
 * handle is the site address. Each publication carries a unique, readable slug ({@link Slug}), by which
 * reconciliation finds it.
 * Comments are read, answered and moderated as that user, who must be allowed to moderate comments
 * (the Editor or Administrator role).
 */
@Component
class WordPressAdapter implements PlatformAdapter {

    private static final String COMMENTS = "/wp-json/wp/v2/comments";
    private static final int MAX_PAGES_PER_READ = 50;
    /**
     * WordPress compares {@code after} with a comment's local time, which repeats an hour when daylight
     * saving ends; reading from this much before the cursor (and dropping what the cursor has seen)
     * loses nothing to that.
     */
    private static final Duration OVERLAP = Duration.ofHours(2);

    private final PlatformHttp http;

    WordPressAdapter(PlatformHttp http) {
        this.http = http;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WORDPRESS_BLOG;
    }

    @Override
    public Published publish(ChannelAccount account, Publication publication) {
        if (publication.isReply()) {
            return reply(account, publication);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title(publication));
        body.put("content", paragraphs(publication.text()));
        body.put("status", "publish");
        body.put("slug", publication.slug());
        JsonNode created = http.call(HttpMethod.POST, endpoint(account, "/wp-json/wp/v2/posts").build().toUri(),
                auth(account), body, CREATING, WordPressAdapter::errorText);
        if (!created.hasNonNull("id")) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.UNCERTAIN, FailureCode.UNEXPECTED_RESPONSE,
                    "no id in the answer", null, null);
        }
        return new Published(created.path("id").asString(), created.path("link").asString(null));
    }

    @Override
    public Optional<Published> find(ChannelAccount account, Publication publication) {
        if (publication.isReply()) {
            return findReply(account, publication);
        }
        URI uri = endpoint(account, "/wp-json/wp/v2/posts").queryParam("slug", publication.slug())
                .queryParam("status", "any").queryParam("context", "edit").encode().build().toUri();
        JsonNode found = http.call(HttpMethod.GET, uri, auth(account), null, IDEMPOTENT, WordPressAdapter::errorText);
        for (JsonNode post : found) {
            if (publication.slug().equals(post.path("slug").asString(""))) {
                return Optional.of(new Published(post.path("id").asString(), post.path("link").asString(null)));
            }
        }
        return Optional.empty();
    }

    /**
     * A comment under the blog post, written as the application-password user:
     * {@code POST /wp-json/wp/v2/comments} with the post, the comment answered as {@code parent} and the
     * text as escaped paragraphs. The post is read from the comment answered (it is the reply's parent
     * post as well when the comment answered is one of our own replies), which also stops at once when
     * that comment is gone.
     */
    private Published reply(ChannelAccount account, Publication publication) {
        String parent = commentId(publication.inReplyTo());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("post", postOf(account, parent, publication.replyParent()));
        body.put("parent", Long.parseLong(parent));
        body.put("content", paragraphs(publication.text()));
        JsonNode created;
        try {
            created = http.call(HttpMethod.POST, endpoint(account, COMMENTS).build().toUri(), auth(account), body,
                    CREATING, WordPressAdapter::errorText);
        } catch (PlatformFailure failure) {
            // WordPress refuses comments in quick succession with a 400 "comment_flood": nothing was stored.
            if (failure.detail() != null && failure.detail().contains("(comment_flood)")) {
                throw HttpOutcomes.fail(PlatformFailure.Kind.RETRY, FailureCode.RATE_LIMITED, failure.detail(),
                        null, failure.httpStatus());
            }
            throw failure;
        }
        if (!created.hasNonNull("id")) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.UNCERTAIN, FailureCode.UNEXPECTED_RESPONSE,
                    "no id in the answer", null, null);
        }
        return new Published(created.path("id").asString(), created.path("link").asString(null));
    }

    /** {@code GET /wp-json/wp/v2/comments/{id}}: the post the answered comment sits under. */
    private long postOf(ChannelAccount account, String commentId, String replyParent) {
        JsonNode comment = http.call(HttpMethod.GET, endpoint(account, COMMENTS + "/" + commentId).build().toUri(),
                auth(account), null, IDEMPOTENT, WordPressAdapter::errorText);
        long post = comment.path("post").asLong(0);
        if (post > 0) {
            return post;
        }
        if (replyParent != null && replyParent.strip().matches("\\d{1,19}")) {
            return Long.parseLong(replyParent.strip());
        }
        throw HttpOutcomes.fail(PlatformFailure.Kind.PERMANENT, FailureCode.UNEXPECTED_RESPONSE,
                "no post for comment " + commentId, null, null);
    }

    /**
     * Our replies are the answered comment's children: {@code GET /wp-json/wp/v2/comments?parent=…},
     * held ones too, compared by text with the HTML taken away.
     */
    private Optional<Published> findReply(ChannelAccount account, Publication publication) {
        URI uri = endpoint(account, COMMENTS).queryParam("parent", commentId(publication.inReplyTo()))
                .queryParam("context", "edit").queryParam("status", "all").queryParam("per_page", WordPressComments.PER_PAGE)
                .queryParam("orderby", "date_gmt").queryParam("order", "desc").encode().build().toUri();
        JsonNode found = http.call(HttpMethod.GET, uri, auth(account), null, IDEMPOTENT, WordPressAdapter::errorText);
        String wanted = SameText.normalise(publication.text());
        for (JsonNode comment : found) {
            if (SameText.normalise(WordPressComments.text(comment)).equals(wanted) && comment.hasNonNull("id")) {
                return Optional.of(new Published(comment.path("id").asString(), comment.path("link").asString(null)));
            }
        }
        return Optional.empty();
    }

    /**
     * Hide: the comment goes back to moderation ({@code POST /wp-json/wp/v2/comments/{id}} with status
     * {@code hold}). Remove: {@code DELETE /wp-json/wp/v2/comments/{id}}, which moves it to the trash,
     * where the blog's admins can still see it for its trash period.
     */
    @Override
    public void moderate(ChannelAccount account, String platformId, boolean remove) {
        URI uri = endpoint(account, COMMENTS + "/" + commentId(platformId)).build().toUri();
        if (remove) {
            http.call(HttpMethod.DELETE, uri, auth(account), null, IDEMPOTENT, WordPressAdapter::errorText);
        } else {
            http.call(HttpMethod.POST, uri, auth(account), Map.of("status", "hold"), IDEMPOTENT,
                    WordPressAdapter::errorText);
        }
    }

    @Override
    public boolean readsResponses() {
        return true;
    }

    /**
     * The blog's approved comments after the cursor, oldest first:
     * {@code GET /wp-json/wp/v2/comments?after=…&orderby=date_gmt&order=asc&per_page=100&page=N&context=edit&status=approve}.
     * A top-level comment answers its post ({@code inReplyTo} the post id), a reply its parent comment
     * (the post as {@code parentPlatformId}). Comments written by the application-password user — our own
     * replies — are left out. The cursor is the last {@code date_gmt} read and the ids of that second (see
     * {@link TimeCursor}); each reading starts over at page 1 just before it, so a comment deleted
     * meanwhile cannot shift another past us. The first reading goes 30 days back. On a reading's last
     * page come the comments approved late (see {@link #approvedBehind}).
     */
    @Override
    public InboundPage fetchResponses(ChannelAccount account, String cursor) {
        TimeCursor from = TimeCursor.parse(cursor);
        Instant after = from != null ? Instant.ofEpochSecond(from.second()).minus(OVERLAP)
                : http.clock().instant().minus(InboundText.FIRST_READING);
        long me = http.call(HttpMethod.GET, endpoint(account, "/wp-json/wp/v2/users/me").build().toUri(),
                auth(account), null, IDEMPOTENT, WordPressAdapter::errorText).path("id").asLong(0);
        for (int page = 1; ; page++) {
            PlatformHttp.Answer answer = approvedComments(account, after, null, "asc", page);
            List<InboundResponse> fresh = new ArrayList<>();
            for (InboundResponse response : WordPressComments.responses(answer, me)) {
                if (!TimeCursor.seen(from, response.at(), response.platformId())) {
                    fresh.add(response);
                }
            }
            fresh.sort(TimeCursor.ORDER);
            boolean more = page < WordPressComments.totalPages(answer, page);
            if (!fresh.isEmpty() || !more || page >= MAX_PAGES_PER_READ) {
                boolean goesOn = more && !fresh.isEmpty();
                return new InboundPage(fresh, TimeCursor.after(from, fresh, cursor), goesOn,
                        goesOn || from == null ? List.of() : approvedBehind(account, from, me));
            }
        }
    }

    /**
     * The approved comments of the last 30 days that the cursor has already passed, newest first:
     * {@code GET /wp-json/wp/v2/comments?after=…&before=…&orderby=date_gmt&order=desc&…&status=approve}.
     * WordPress holds a first-time commenter's comment until someone approves it, and the comment keeps
     * the time it was written, so once approved it sits behind comments read meanwhile, where the cursor
     * never looks again. Rather than remembering held comments (the moderation queue fills with spam by
     * the hundred, more than a cursor can hold, and what did not fit would be lost as silently as before),
     * the window is read again on every reading's last page, and the response module stores what it does
     * not have yet. For a library's blog that is a request or two a poll; a comment approved after more
     * than 30 days, or behind the newest 5,000, is not read.
     */
    private List<InboundResponse> approvedBehind(ChannelAccount account, TimeCursor from, long me) {
        Instant windowStart = http.clock().instant().minus(InboundText.FIRST_READING);
        // Like after, before is compared with the local time: reach past the cursor, then keep what it passed.
        Instant before = Instant.ofEpochSecond(from.second()).plus(OVERLAP);
        List<InboundResponse> behind = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES_PER_READ && before.isAfter(windowStart); page++) {
            PlatformHttp.Answer answer = approvedComments(account, windowStart, before, "desc", page);
            for (InboundResponse response : WordPressComments.responses(answer, me)) {
                if (TimeCursor.seen(from, response.at(), response.platformId())) {
                    behind.add(response);
                }
            }
            if (page >= WordPressComments.totalPages(answer, page)) {
                break;
            }
        }
        return behind;
    }

    /** One page of the blog's approved comments written after {@code after} (and before {@code before}). */
    private PlatformHttp.Answer approvedComments(ChannelAccount account, Instant after, Instant before, String order,
                                                 int page) {
        UriComponentsBuilder query = endpoint(account, COMMENTS).queryParam("after", after.toString());
        if (before != null) {
            query.queryParam("before", before.toString());
        }
        URI uri = query.queryParam("orderby", "date_gmt").queryParam("order", order)
                .queryParam("per_page", WordPressComments.PER_PAGE).queryParam("page", page)
                .queryParam("context", "edit").queryParam("status", "approve").encode().build().toUri();
        PlatformHttp.Answer answer = http.exchange(HttpMethod.GET, uri, auth(account), null, IDEMPOTENT,
                WordPressAdapter::errorText);
        if (!answer.body().isArray()) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.RETRY, FailureCode.UNEXPECTED_RESPONSE,
                    "no list of comments in the answer", null, null);
        }
        return answer;
    }

    private static String commentId(String platformId) {
        String id = platformId == null ? "" : platformId.strip();
        if (!id.matches("\\d{1,19}")) {
            throw PlatformFailure.permanent(FailureCode.NOT_FOUND, "no WordPress comment id: " + platformId);
        }
        return id;
    }

    @Override
    public String testConnection(ChannelAccount account) {
        URI uri = endpoint(account, "/wp-json/wp/v2/users/me").queryParam("context", "edit").build().toUri();
        JsonNode me = http.call(HttpMethod.GET, uri, auth(account), null, IDEMPOTENT, WordPressAdapter::errorText);
        return me.path("name").asString("?") + " (" + site(account) + ")";
    }

    @Override
    public String address(ChannelAccount account) {
        return account.handle();
    }

    /** The post body as text in paragraphs: blank lines part them, single line breaks stay, nothing is HTML. */
    static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            if (paragraph.isBlank()) {
                continue;
            }
            html.append("<p>").append(String.join("<br>\n", java.util.Arrays.stream(paragraph.strip().split("\\R"))
                    .map(line -> HtmlUtils.htmlEscape(line.strip(), StandardCharsets.UTF_8.name())).toList()))
                    .append("</p>\n");
        }
        return html.toString().strip();
    }

    private static String title(Publication publication) {
        if (publication.title() != null && !publication.title().isBlank()) {
            return publication.title().strip();
        }
        String firstLine = publication.text().strip().split("\\R", 2)[0];
        return firstLine.length() > 80 ? firstLine.substring(0, 79) + "…" : firstLine;
    }

    private static UriComponentsBuilder endpoint(ChannelAccount account, String path) {
        return UriComponentsBuilder.fromUriString(site(account)).path(path);
    }

    private static String site(ChannelAccount account) {
        String site = account.handle() == null ? "" : account.handle().strip();
        if (!site.startsWith("https://") && !site.startsWith("http://")) {
            throw PlatformFailure.permanent(FailureCode.NOT_FOUND, "the channel's address is not a web address");
        }
        // Every call carries the application password, and every call starts from here.
        PlainHttpGuard.check(account, site);
        return site.replaceAll("/+$", "");
    }

    private static java.util.function.Consumer<HttpHeaders> auth(ChannelAccount account) {
        String username = account.credential("username");
        String password = account.credential("applicationPassword");
        if (username == null || password == null) {
            throw PlatformFailure.permanent(FailureCode.CREDENTIALS_MISSING, null);
        }
        return headers -> headers.setBasicAuth(username, password.replace(" ", ""), StandardCharsets.UTF_8);
    }

    /** WordPress answers {@code {"code","message","data":{"status"}}}. */
    static String errorText(JsonNode error) {
        String code = error.path("code").asString("");
        String message = HtmlUtils.htmlUnescape(error.path("message").asString(""));
        return code.isEmpty() ? message : message + " (" + code + ")";
    }
}
