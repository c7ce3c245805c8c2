package se.redaktionen.platform.internal.facebook;

import static se.redaktionen.platform.internal.facebook.FacebookGraph.pageId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.restfb.Parameter;

import tools.jackson.databind.JsonNode;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.InboundKind;
import se.redaktionen.platform.InboundPage;
import se.redaktionen.platform.InboundResponse;
import se.redaktionen.platform.ResponseReader;
import se.redaktionen.platform.internal.InboundText;
import se.redaktionen.platform.internal.TimeCursor;
import se.redaktionen.platform.internal.facebook.FacebookGraph.PageIdentity;

/** The comments and replies on the page's posts, read as responses. */
@Component
class FacebookComments extends FacebookCapability implements ResponseReader {

    private static final String COMMENT_FIELDS = "id,message,from,created_time,parent{id}";
    /** The page's posts with their newest comments, replies included ({@code filter(stream)}), in one call. */
    private static final String FEED_FIELDS = "id,created_time,comments.filter(stream).order(reverse_chronological)"
            + ".limit(100){" + COMMENT_FIELDS + "}";
    private static final int FEED_PAGE = 25;
    private static final int MAX_FEED_PAGES = 20;
    private static final int MAX_COMMENT_PAGES = 50;

    /** Responses handed out per call; tests make it small. */
    int pageSize = 100;

    FacebookComments(FacebookGraph graph) {
        super(graph);
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
     * where the next call does not look. As for blog comments (see {@code WordPressCommentReader}), nothing is
     * remembered to catch it; the comments behind the cursor on the pages read anyway — every post's newest
     * hundred, of the last 30 days' posts — are handed out again as {@code late} on the last page, and the
     * response module stores what it does not have yet. That costs no extra request.
     */
    @Override
    public InboundPage fetchResponses(ChannelAccount account, String cursor) {
        TimeCursor from = TimeCursor.parse(cursor);
        Instant windowStart = graph.clock().instant().minus(InboundText.FIRST_READING);
        long notBefore = from != null ? from.second() : windowStart.getEpochSecond();
        FacebookClient client = graph.client(account);
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
            JsonNode feed = client.graph(pageId(account) + "/feed", parameters.toArray(Parameter[]::new));
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
    private void collect(FacebookClient client, String postId, JsonNode comments, TimeCursor from, long notBefore,
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
            list = client.graph(postId + "/comments", Parameter.with("fields", COMMENT_FIELDS),
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
}
