package se.redaktionen.post.internal;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.post.PostDirectory;

/** The number of posts waiting for review, shown beside the queue in every editor's navigation. */
@ControllerAdvice
class ReviewCount {

    private final PostDirectory posts;

    ReviewCount(PostDirectory posts) {
        this.posts = posts;
    }

    @ModelAttribute("reviewCount")
    Long reviewCount(@AuthenticationPrincipal StaffUser user) {
        if (user == null || !user.isAtLeastEditor()) {
            return null;
        }
        return posts.waitingForReview();
    }
}
