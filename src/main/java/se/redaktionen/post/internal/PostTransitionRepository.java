package se.redaktionen.post.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostTransitionRepository extends JpaRepository<PostTransition, Long> {

    List<PostTransition> findByPostIdOrderByAtAsc(long postId);
}
