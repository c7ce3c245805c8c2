package se.redaktionen.post;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.post.internal.PostRepository;

/**
 * Looks up posts for other modules: responses are routed to a post's sender, and the dashboard shows
 * what is on its way.
 */
@Service
@Transactional(readOnly = true)
public class PostDirectory {

    private static final int EXCERPT = 80;
    private static final Set<PostState> EDITABLE = EnumSet.copyOf(Arrays.stream(PostState.values())
            .filter(PostState::editable).toList());

    private final PostRepository posts;

    PostDirectory(PostRepository posts) {
        this.posts = posts;
    }

    public Optional<PostReference> find(long postId) {
        return posts.findById(postId).map(p -> new PostReference(p.getId(), p.getTitle(), excerpt(p.getBody()),
                p.getSenderId(), p.getAuthorId()));
    }

    /** The person's posts (written or signed) that can still be changed: drafts and posts sent back. */
    public List<PostSummary> draftsOf(long personId, int limit) {
        return mine(personId, EDITABLE, limit);
    }

    /** The person's posts (written or signed) waiting in the review queue. */
    public List<PostSummary> waitingForReviewOf(long personId, int limit) {
        return mine(personId, EnumSet.of(PostState.SUBMITTED), limit);
    }

    /** How many posts wait in the editors' review queue. */
    public long waitingForReview() {
        return posts.countByState(PostState.SUBMITTED);
    }

    /** The latest changed first, as on the person's list of posts. */
    private List<PostSummary> mine(long personId, Set<PostState> states, int limit) {
        return posts.findMineIn(personId, states, PageRequest.of(0, limit)).stream()
                .map(p -> new PostSummary(p.getId(), p.getTitle(), excerpt(p.getBody()), p.getState(), p.getUpdatedAt()))
                .toList();
    }

    private static String excerpt(String body) {
        String flat = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return flat.length() > EXCERPT ? flat.substring(0, EXCERPT - 1) + "…" : flat;
    }
}
