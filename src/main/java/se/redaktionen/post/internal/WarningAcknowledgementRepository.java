package se.redaktionen.post.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WarningAcknowledgementRepository extends JpaRepository<WarningAcknowledgement, Long> {

    List<WarningAcknowledgement> findByPostIdOrderByAtAsc(long postId);
}
