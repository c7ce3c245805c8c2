package se.redaktionen.response.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import se.redaktionen.response.ResponseState;

interface ResponseRepository extends JpaRepository<Response, Long> {

    Optional<Response> findByChannelIdAndPlatformId(long channelId, String platformId);

    /** Which of these platform ids the channel has stored already. */
    @Query("select r.platformId from Response r where r.channelId = :channelId and r.platformId in :platformIds")
    List<String> storedPlatformIds(long channelId, Collection<String> platformIds);

    Optional<Response> findByAnswerPublicationId(long publicationId);

    long countByAssigneeIdAndStateIn(long assigneeId, java.util.Collection<ResponseState> states);
}
