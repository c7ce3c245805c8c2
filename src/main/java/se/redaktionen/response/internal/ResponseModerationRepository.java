package se.redaktionen.response.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResponseModerationRepository extends JpaRepository<ResponseModeration, Long> {

    List<ResponseModeration> findByResponseIdOrderByActedAtAsc(long responseId);
}
