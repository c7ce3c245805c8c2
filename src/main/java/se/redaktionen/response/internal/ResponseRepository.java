package se.redaktionen.response.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

import se.redaktionen.response.ResponseState;

interface ResponseRepository extends JpaRepository<Response, Long> {

    Optional<Response> findByChannelIdAndPlatformId(long channelId, String platformId);

    Optional<Response> findByAnswerPublicationId(long publicationId);

    long countByAssigneeIdAndStateIn(long assigneeId, java.util.Collection<ResponseState> states);
}
