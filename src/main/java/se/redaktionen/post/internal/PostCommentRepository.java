package se.redaktionen.post.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostCommentRepository extends JpaRepository<PostComment, Long> {

    List<PostComment> findByPostIdOrderByAtAsc(long postId);
}
