package se.redaktionen.platform.internal.wordpress;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

import se.redaktionen.platform.InboundKind;
import se.redaktionen.platform.InboundResponse;
import se.redaktionen.platform.internal.InboundText;
import se.redaktionen.platform.internal.PlatformHttp;

/** What {@link WordPressCommentReader} makes of a page of comments from {@code …/comments}. */
final class WordPressComments {

    static final int PER_PAGE = 100;

    private WordPressComments() {
    }

    /** The page's comments as responses, without our own ({@code me}) and those that cannot be read. */
    static List<InboundResponse> responses(PlatformHttp.Answer answer, long me) {
        List<InboundResponse> responses = new ArrayList<>();
        for (JsonNode comment : answer.body()) {
            InboundResponse response = me != 0 && comment.path("author").asLong(0) == me ? null : response(comment);
            if (response != null) {
                responses.add(response);
            }
        }
        return responses;
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
                InboundText.text(text(comment)), at);
    }

    /** The comment as text: its raw content where the user may see it (context=edit), else the rendered HTML. */
    static String text(JsonNode comment) {
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

    static int totalPages(PlatformHttp.Answer answer, int page) {
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
}
