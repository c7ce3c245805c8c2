package se.redaktionen.response.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;

import se.redaktionen.channel.ChannelDuties;
import se.redaktionen.channel.ChannelDuty;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.post.PostDirectory;
import se.redaktionen.publishing.PublicationView;
import se.redaktionen.publishing.Publications;

/**
 * Who a response goes to: the sender of the post it answers; the person who wrote the answer it
 * replies to; otherwise the channel's responsible person, or the deputy while the responsible person
 * is inactive. Inactive people are never chosen; with nobody left it waits unassigned for the editors.
 */
@Component
class ResponseRouting {

    record Route(Long personId, Response.RoutedTo why) {
    }

    private final Publications publications;
    private final PostDirectory posts;
    private final ChannelDuties duties;
    private final People people;
    private final ResponseRepository responses;

    ResponseRouting(Publications publications, PostDirectory posts, ChannelDuties duties, People people,
                    ResponseRepository responses) {
        this.publications = publications;
        this.posts = posts;
        this.duties = duties;
        this.people = people;
        this.responses = responses;
    }

    /** Finds what the response answers (ours or not) and routes it. */
    void route(Response response, String parentPlatformId, java.time.Instant at) {
        route(response, parentPlatformId, null, at);
    }

    /**
     * As {@link #route(Response, String, java.time.Instant)}; a person logging a response by hand may
     * also say which post it answers, which counts when no publication of ours is found on the platform.
     */
    void route(Response response, String parentPlatformId, Long answersPostId, java.time.Instant at) {
        Optional<PublicationView> answered = ours(response.getChannelId(), response.getInReplyTo())
                .or(() -> ours(response.getChannelId(), parentPlatformId));
        answered.ifPresent(p -> response.answers(p.id(), p.postId() != null ? p.postId() : postOfReply(p)));
        Optional<Route> behind = answered.flatMap(this::personBehind);
        if (answered.isEmpty() && answersPostId != null) {
            response.answers(null, answersPostId);
            behind = posts.find(answersPostId).map(p -> p.senderId()).filter(this::active)
                    .map(id -> new Route(id, Response.RoutedTo.SENDER));
        }
        Route route = behind.orElseGet(() -> channelDuty(response.getChannelId()));
        response.assign(route.personId(), route.why(), at);
    }

    Route channelDuty(long channelId) {
        Optional<ChannelDuty> duty = duties.of(channelId);
        if (duty.isPresent() && active(duty.get().responsibleId())) {
            return new Route(duty.get().responsibleId(), Response.RoutedTo.RESPONSIBLE);
        }
        if (duty.isPresent() && active(duty.get().deputyId())) {
            return new Route(duty.get().deputyId(), Response.RoutedTo.DEPUTY);
        }
        return new Route(null, Response.RoutedTo.NOBODY);
    }

    private Optional<PublicationView> ours(long channelId, String platformId) {
        return platformId == null ? Optional.empty() : publications.findPublished(channelId, platformId);
    }

    private Optional<Route> personBehind(PublicationView publication) {
        if (publication.postId() != null) {
            return posts.find(publication.postId()).map(p -> p.senderId()).filter(this::active)
                    .map(id -> new Route(id, Response.RoutedTo.SENDER));
        }
        return responses.findByAnswerPublicationId(publication.id()).map(Response::getAnsweredBy)
                .filter(this::active).map(id -> new Route(id, Response.RoutedTo.ANSWERER));
    }

    private Long postOfReply(PublicationView reply) {
        return responses.findByAnswerPublicationId(reply.id()).map(Response::getPostId).orElse(null);
    }

    private boolean active(Long personId) {
        return personId != null && people.findById(personId).filter(PersonSummary::active).isPresent();
    }
}
