package se.redaktionen.post;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.post.internal.PostRepository;

/** Looks up posts for other modules: responses are routed to a post's sender. */
@Service
@Transactional(readOnly = true)
public class PostDirectory {

    private static final int EXCERPT = 80;

    private final PostRepository posts;

    PostDirectory(PostRepository posts) {
        this.posts = posts;
    }

    public Optional<PostReference> find(long postId) {
        return posts.findById(postId).map(p -> new PostReference(p.getId(), p.getTitle(), excerpt(p.getBody()),
                p.getSenderId(), p.getAuthorId()));
    }

    private static String excerpt(String body) {
        String flat = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        return flat.length() > EXCERPT ? flat.substring(0, EXCERPT - 1) + "…" : flat;
    }
}
