package se.redaktionen.platform.internal.wordpress;

import static se.redaktionen.platform.internal.RequestKind.CREATING;
import static se.redaktionen.platform.internal.RequestKind.IDEMPOTENT;
import static se.redaktionen.platform.internal.wordpress.WordPressClient.COMMENTS;
import static se.redaktionen.platform.internal.wordpress.WordPressClient.commentId;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.JsonNode;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.Outgoing;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.Published;
import se.redaktionen.platform.Publisher;
import se.redaktionen.platform.internal.HttpOutcomes;
import se.redaktionen.platform.internal.SameText;

/**
 * Blog posts ({@code POST …/posts}, below the blog's API root: see {@link WordPressSite}) and replies as
 * comments. Each publication carries a
 * unique, readable slug, by which reconciliation finds it.
 */
@Component
class WordPressPublisher extends WordPressCapability implements Publisher {

    WordPressPublisher(WordPressClient wp) {
        super(wp);
    }

    @Override
    public Published publish(ChannelAccount account, Outgoing publication) {
        if (publication.isReply()) {
            return reply(account, publication);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title(publication));
        body.put("content", paragraphs(publication.text()));
        body.put("status", "publish");
        body.put("slug", publication.slug());
        JsonNode created = wp.call(account, HttpMethod.POST,
                wp.endpoint(account, "/posts").build().toUri(), body, CREATING);
        if (!created.hasNonNull("id")) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.UNCERTAIN, FailureCode.UNEXPECTED_RESPONSE,
                    "no id in the answer", null, null);
        }
        return new Published(created.path("id").asString(), created.path("link").asString(null));
    }

    @Override
    public Optional<Published> find(ChannelAccount account, Outgoing publication) {
        if (publication.isReply()) {
            return findReply(account, publication);
        }
        URI uri = wp.endpoint(account, "/posts").queryParam("slug", publication.slug())
                .queryParam("status", "any").queryParam("context", "edit").encode().build().toUri();
        JsonNode found = wp.call(account, HttpMethod.GET, uri, null, IDEMPOTENT);
        for (JsonNode post : found) {
            if (publication.slug().equals(post.path("slug").asString(""))) {
                return Optional.of(new Published(post.path("id").asString(), post.path("link").asString(null)));
            }
        }
        return Optional.empty();
    }

    /**
     * A comment under the blog post, written as the signed-in user:
     * {@code POST …/comments} with the post, the comment answered as {@code parent} and the
     * text as escaped paragraphs. The post is read from the comment answered (it is the reply's parent
     * post as well when the comment answered is one of our own replies), which also stops at once when
     * that comment is gone.
     */
    private Published reply(ChannelAccount account, Outgoing publication) {
        String parent = commentId(publication.inReplyTo());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("post", postOf(account, parent, publication.replyParent()));
        body.put("parent", Long.parseLong(parent));
        body.put("content", paragraphs(publication.text()));
        JsonNode created;
        try {
            created = wp.call(account, HttpMethod.POST,
                    wp.endpoint(account, COMMENTS).build().toUri(), body, CREATING);
        } catch (PlatformFailure failure) {
            // WordPress refuses comments in quick succession with a 400 "comment_flood": nothing was stored.
            if (WordPressClient.said(failure, "comment_flood")) {
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

    /** {@code GET …/comments/{id}}: the post the answered comment sits under. */
    private long postOf(ChannelAccount account, String commentId, String replyParent) {
        URI uri = wp.endpoint(account, COMMENTS + "/" + commentId).build().toUri();
        JsonNode comment = wp.call(account, HttpMethod.GET, uri, null, IDEMPOTENT);
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
     * Our replies are the answered comment's children: {@code GET …/comments?parent=…},
     * held ones too, compared by text with the HTML taken away.
     */
    private Optional<Published> findReply(ChannelAccount account, Outgoing publication) {
        URI uri = wp.endpoint(account, COMMENTS).queryParam("parent", commentId(publication.inReplyTo()))
                .queryParam("context", "edit").queryParam("status", "all").queryParam("per_page", WordPressComments.PER_PAGE)
                .queryParam("orderby", "date_gmt").queryParam("order", "desc").encode().build().toUri();
        JsonNode found = wp.call(account, HttpMethod.GET, uri, null, IDEMPOTENT);
        String wanted = SameText.normalise(publication.text());
        for (JsonNode comment : found) {
            if (SameText.normalise(WordPressComments.text(comment)).equals(wanted) && comment.hasNonNull("id")) {
                return Optional.of(new Published(comment.path("id").asString(), comment.path("link").asString(null)));
            }
        }
        return Optional.empty();
    }

    /** The post body as text in paragraphs: blank lines part them, single line breaks stay, nothing is HTML. */
    static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            if (paragraph.isBlank()) {
                continue;
            }
            html.append("<p>").append(String.join("<br>\n", Arrays.stream(paragraph.strip().split("\\R"))
                    .map(line -> HtmlUtils.htmlEscape(line.strip(), StandardCharsets.UTF_8.name())).toList()))
                    .append("</p>\n");
        }
        return html.toString().strip();
    }

    private static String title(Outgoing publication) {
        if (publication.title() != null && !publication.title().isBlank()) {
            return publication.title().strip();
        }
        String firstLine = publication.text().strip().split("\\R", 2)[0];
        return firstLine.length() > 80 ? firstLine.substring(0, 79) + "…" : firstLine;
    }
}
