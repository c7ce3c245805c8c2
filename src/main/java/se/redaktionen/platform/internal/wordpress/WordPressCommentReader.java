package se.redaktionen.platform.internal.wordpress;

import static se.redaktionen.platform.internal.RequestKind.IDEMPOTENT;
import static se.redaktionen.platform.internal.wordpress.WordPressClient.COMMENTS;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.InboundPage;
import se.redaktionen.platform.InboundResponse;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.ResponseReader;
import se.redaktionen.platform.internal.HttpOutcomes;
import se.redaktionen.platform.internal.InboundText;
import se.redaktionen.platform.internal.PlatformHttp;
import se.redaktionen.platform.internal.TimeCursor;

/** The blog's approved comments, read as responses. */
@Component
class WordPressCommentReader extends WordPressCapability implements ResponseReader {

    private static final int MAX_PAGES_PER_READ = 50;
    /**
     * WordPress compares {@code after} with a comment's local time, which repeats an hour when daylight
     * saving ends; reading from this much before the cursor (and dropping what the cursor has seen)
     * loses nothing to that.
     */
    private static final Duration OVERLAP = Duration.ofHours(2);

    WordPressCommentReader(WordPressClient wp) {
        super(wp);
    }

    /**
     * The blog's approved comments after the cursor, oldest first:
     * {@code GET …/comments?after=…&orderby=date_gmt&order=asc&per_page=100&page=N&context=edit&status=approve}.
     * A top-level comment answers its post ({@code inReplyTo} the post id), a reply its parent comment
     * (the post as {@code parentPlatformId}). Comments written by the signed-in user — our own
     * replies — are left out. The cursor is the last {@code date_gmt} read and the ids of that second (see
     * {@link TimeCursor}); each reading starts over at page 1 just before it, so a comment deleted
     * meanwhile cannot shift another past us. The first reading goes 30 days back. On a reading's last
     * page come the comments approved late (see {@link #approvedBehind}).
     */
    @Override
    public InboundPage fetchResponses(ChannelAccount account, String cursor) {
        TimeCursor from = TimeCursor.parse(cursor);
        Instant after = from != null ? Instant.ofEpochSecond(from.second()).minus(OVERLAP)
                : wp.http().clock().instant().minus(InboundText.FIRST_READING);
        long me = wp.call(account, HttpMethod.GET,
                wp.endpoint(account, "/users/me").build().toUri(), null, IDEMPOTENT)
                .path("id").asLong(0);
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
     * {@code GET …/comments?after=…&before=…&orderby=date_gmt&order=desc&…&status=approve}.
     * WordPress holds a first-time commenter's comment until someone approves it, and the comment keeps
     * the time it was written, so once approved it sits behind comments read meanwhile, where the cursor
     * never looks again. Rather than remembering held comments (the moderation queue fills with spam by
     * the hundred, more than a cursor can hold, and what did not fit would be lost as silently as before),
     * the window is read again on every reading's last page, and the response module stores what it does
     * not have yet. For a library's blog that is a request or two a poll; a comment approved after more
     * than 30 days, or behind the newest 5,000, is not read.
     */
    private List<InboundResponse> approvedBehind(ChannelAccount account, TimeCursor from, long me) {
        Instant windowStart = wp.http().clock().instant().minus(InboundText.FIRST_READING);
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
        UriComponentsBuilder query = wp.endpoint(account, COMMENTS).queryParam("after", after.toString());
        if (before != null) {
            query.queryParam("before", before.toString());
        }
        URI uri = query.queryParam("orderby", "date_gmt").queryParam("order", order)
                .queryParam("per_page", WordPressComments.PER_PAGE).queryParam("page", page)
                .queryParam("context", "edit").queryParam("status", "approve").encode().build().toUri();
        PlatformHttp.Answer answer = wp.exchange(account, HttpMethod.GET, uri, IDEMPOTENT);
        if (!answer.body().isArray()) {
            throw HttpOutcomes.fail(PlatformFailure.Kind.RETRY, FailureCode.UNEXPECTED_RESPONSE,
                    "no list of comments in the answer", null, null);
        }
        return answer;
    }
}
