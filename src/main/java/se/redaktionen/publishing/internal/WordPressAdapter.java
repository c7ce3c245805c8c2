package se.redaktionen.publishing.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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
import se.redaktionen.publishing.InboundKind;
import se.redaktionen.publishing.InboundPage;
import se.redaktionen.publishing.InboundResponse;

/**
 * A WordPress blog through its REST API with an application password (HTTP Basic). The channel's
 * handle is the site address. Each publication carries a unique slug, by which reconciliation finds it.
 * Comments are read, answered and moderated as that user, who must be allowed to moderate comments
 * (the Editor or Administrator role).
 */
@Component
class WordPressAdapter implements PlatformAdapter {

    private static final String COMMENTS = "/wp-json/wp/v2/comments";
    private static final int PER_PAGE = 100;
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
                auth(account), body, true, WordPressAdapter::errorText);
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
        JsonNode found = http.call(HttpMethod.GET, uri, auth(account), null, false, WordPressAdapter::errorText);
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
                    true, WordPressAdapter::errorText);
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
                auth(account), null, false, WordPressAdapter::errorText);
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
                .queryParam("context", "edit").queryParam("status", "all").queryParam("per_page", PER_PAGE)
                .queryParam("orderby", "date_gmt").queryParam("order", "desc").encode().build().toUri();
        JsonNode found = http.call(HttpMethod.GET, uri, auth(account), null, false, WordPressAdapter::errorText);
        String wanted = SameText.normalise(publication.text());
        for (JsonNode comment : found) {
            if (SameText.normalise(commentText(comment)).equals(wanted) && comment.hasNonNull("id")) {
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
            http.call(HttpMethod.DELETE, uri, auth(account), null, false, WordPressAdapter::errorText);
        } else {
            http.call(HttpMethod.POST, uri, auth(account), Map.of("status", "hold"), false,
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
     * meanwhile cannot shift another past us. The first reading goes 30 days back.
     */
    @Override
    public InboundPage fetchResponses(ChannelAccount account, String cursor) {
        TimeCursor from = TimeCursor.parse(cursor);
        Instant after = from != null ? Instant.ofEpochSecond(from.second()).minus(OVERLAP)
                : http.clock().instant().minus(InboundText.FIRST_READING);
        long me = http.call(HttpMethod.GET, endpoint(account, "/wp-json/wp/v2/users/me").build().toUri(),
                auth(account), null, false, WordPressAdapter::errorText).path("id").asLong(0);
        for (int page = 1; ; page++) {
            URI uri = endpoint(account, COMMENTS).queryParam("after", after.toString())
                    .queryParam("orderby", "date_gmt").queryParam("order", "asc").queryParam("per_page", PER_PAGE)
                    .queryParam("page", page).queryParam("context", "edit").queryParam("status", "approve")
                    .encode().build().toUri();
            PlatformHttp.Answer answer = http.exchange(HttpMethod.GET, uri, auth(account), null, false,
                    WordPressAdapter::errorText);
            if (!answer.body().isArray()) {
                throw HttpOutcomes.fail(PlatformFailure.Kind.RETRY, FailureCode.UNEXPECTED_RESPONSE,
                        "no list of comments in the answer", null, null);
            }
            List<InboundResponse> fresh = new ArrayList<>();
            for (JsonNode comment : answer.body()) {
                if (me != 0 && comment.path("author").asLong(0) == me) {
                    continue;
                }
                InboundResponse response = response(comment);
                if (response != null && !TimeCursor.seen(from, response.at(), response.platformId())) {
                    fresh.add(response);
                }
            }
            fresh.sort(TimeCursor.ORDER);
            boolean more = page < totalPages(answer, page);
            if (!fresh.isEmpty() || !more || page >= MAX_PAGES_PER_READ) {
                return new InboundPage(fresh, TimeCursor.after(from, fresh, cursor), more && !fresh.isEmpty());
            }
        }
    }

    private static InboundResponse response(JsonNode comment) {
        String id = comment.path("id").asString("");
        long post = comment.path("post").asLong(0);
        Instant at = gmt(comment.path("date_gmt").asString(""));
        if (id.isEmpty() || post == 0 || at == null) {
            return null;
        }
        long parent = comment.path("parent").asLong(0);
        return new InboundResponse(id, parent == 0 ? InboundKind.COMMENT : InboundKind.REPLY,
                String.valueOf(parent == 0 ? post : parent), String.valueOf(post),
                InboundText.name(comment.path("author_name").asString(null)), null,
                InboundText.text(commentText(comment)), at);
    }

    /** The comment as text: its raw content where the user may see it (context=edit), else the rendered HTML. */
    private static String commentText(JsonNode comment) {
        JsonNode content = comment.path("content");
        String raw = content.path("raw").asString(null);
        return InboundText.fromHtml(raw != null ? raw : content.path("rendered").asString(""));
    }

    private static Instant gmt(String dateGmt) {
        try {
            return dateGmt.isEmpty() ? null : LocalDateTime.parse(dateGmt).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }

    private static int totalPages(PlatformHttp.Answer answer, int page) {
        String total = answer.headers().getFirst("X-WP-TotalPages");
        try {
            if (total != null) {
                return Integer.parseInt(total.strip());
            }
        } catch (NumberFormatException unreadable) {
            // Judged by the page's size below.
        }
        return answer.body().size() >= PER_PAGE ? page + 1 : page;
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
        JsonNode me = http.call(HttpMethod.GET, uri, auth(account), null, false, WordPressAdapter::errorText);
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
