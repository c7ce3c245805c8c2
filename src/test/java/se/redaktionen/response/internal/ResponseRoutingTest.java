package se.redaktionen.response.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.redaktionen.channel.ChannelDuties;
import se.redaktionen.channel.ChannelDuty;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.Role;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.post.PostDirectory;
import se.redaktionen.post.PostReference;
import se.redaktionen.publishing.PublicationState;
import se.redaktionen.publishing.PublicationView;
import se.redaktionen.publishing.Publications;
import se.redaktionen.response.ResponseKind;
import se.redaktionen.response.ResponseState;

/**
 * The routing order, one step at a time, without a database: the modules it asks are stood in for, so
 * that each test says exactly who is active and what the response answers.
 */
class ResponseRoutingTest {

    private static final long CHANNEL = 3;
    private static final long POST = 100;
    private static final long SENDER = 7;
    private static final long ANSWERER = 8;
    private static final long RESPONSIBLE = 5;
    private static final long DEPUTY = 6;
    private static final Instant AT = Instant.parse("2026-11-26T10:00:00Z");

    private final Publications publications = mock(Publications.class);
    private final PostDirectory posts = mock(PostDirectory.class);
    private final ChannelDuties duties = mock(ChannelDuties.class);
    private final People people = mock(People.class);
    private final ResponseRepository responses = mock(ResponseRepository.class);
    private final ResponseRouting routing = new ResponseRouting(publications, posts, duties, people, responses);

    private static Response response(String inReplyTo) {
        return new Response(CHANNEL, "in-1", ResponseKind.REPLY, inReplyTo, "Eva", "@eva", "Hej!", AT,
                Response.Source.PLATFORM, null, AT);
    }

    private static PublicationView publication(long id, Long postId, String platformId) {
        return new PublicationView(id, postId, null, CHANNEL, "X", ChannelKind.TWITTER, PublicationState.PUBLISHED, 1,
                AT, null, platformId, null, null, null, AT, false);
    }

    private void published(long id, Long postId, String platformId) {
        when(publications.findPublished(CHANNEL, platformId)).thenReturn(Optional.of(publication(id, postId,
                platformId)));
    }

    private void postSentBy(long postId, long senderId) {
        when(posts.find(postId)).thenReturn(Optional.of(new PostReference(postId, "Titel", "Text", senderId, 1)));
    }

    private void person(long id, boolean active) {
        when(people.findById(id)).thenReturn(Optional.of(new PersonSummary(id, "p" + id, "Person " + id, "Alby",
                Role.STAFF, active)));
    }

    private void duty(Long responsible, Long deputy) {
        when(duties.of(CHANNEL)).thenReturn(Optional.of(new ChannelDuty(CHANNEL, "X", null, responsible, deputy,
                true)));
    }

    @Test
    void aResponseToOurPostGoesToItsSender() {
        published(10, POST, "tw-1");
        postSentBy(POST, SENDER);
        person(SENDER, true);
        Response response = response("tw-1");

        routing.route(response, null, AT);

        assertThat(response.getAssigneeId()).isEqualTo(SENDER);
        assertThat(response.getRoutedTo()).isEqualTo(Response.RoutedTo.SENDER);
        assertThat(response.getState()).isEqualTo(ResponseState.ASSIGNED);
        assertThat(response.getPublicationId()).isEqualTo(10);
        assertThat(response.getPostId()).isEqualTo(POST);
    }

    @Test
    void aResponseWhoseParentIsOurPostGoesToItsSenderWhenWhatItRepliesToIsNotOurs() {
        published(10, POST, "tw-1");
        postSentBy(POST, SENDER);
        person(SENDER, true);
        Response response = response("tw-somebody-else");

        routing.route(response, "tw-1", AT);

        assertThat(response.getAssigneeId()).isEqualTo(SENDER);
        assertThat(response.getPostId()).isEqualTo(POST);
    }

    @Test
    void aResponseToOurAnswerGoesToWhoeverWroteTheAnswer() {
        published(11, null, "tw-answer");
        Response answered = response("tw-1");
        answered.answers(10L, POST);
        answered.answer("X", "Tack!", 11L, ANSWERER, AT);
        when(responses.findByAnswerPublicationId(11)).thenReturn(Optional.of(answered));
        person(ANSWERER, true);
        Response response = response("tw-answer");

        routing.route(response, null, AT);

        assertThat(response.getAssigneeId()).isEqualTo(ANSWERER);
        assertThat(response.getRoutedTo()).isEqualTo(Response.RoutedTo.ANSWERER);
        assertThat(response.getPublicationId()).isEqualTo(11);
        assertThat(response.getPostId()).isEqualTo(POST);
    }

    @Test
    void aResponseToAnAnswerWhoseAnswererHasLeftGoesToTheChannelsResponsiblePerson() {
        published(11, null, "tw-answer");
        Response answered = response("tw-1");
        answered.answer("X", "Tack!", 11L, ANSWERER, AT);
        when(responses.findByAnswerPublicationId(11)).thenReturn(Optional.of(answered));
        person(ANSWERER, false);
        duty(RESPONSIBLE, DEPUTY);
        person(RESPONSIBLE, true);
        Response response = response("tw-answer");

        routing.route(response, null, AT);

        assertThat(response.getAssigneeId()).isEqualTo(RESPONSIBLE);
    }

    @Test
    void aResponseToOurPostWhoseSenderHasLeftGoesToTheChannelsResponsiblePerson() {
        published(10, POST, "tw-1");
        postSentBy(POST, SENDER);
        person(SENDER, false);
        duty(RESPONSIBLE, DEPUTY);
        person(RESPONSIBLE, true);
        Response response = response("tw-1");

        routing.route(response, null, AT);

        assertThat(response.getAssigneeId()).isEqualTo(RESPONSIBLE);
        assertThat(response.getRoutedTo()).isEqualTo(Response.RoutedTo.RESPONSIBLE);
        assertThat(response.getPostId()).isEqualTo(POST);
    }

    @Test
    void aResponseToSomethingNotOursGoesToTheChannelsResponsiblePerson() {
        duty(RESPONSIBLE, DEPUTY);
        person(RESPONSIBLE, true);
        Response response = response("tw-somebody-else");

        routing.route(response, "tw-somebody-else", AT);

        assertThat(response.getAssigneeId()).isEqualTo(RESPONSIBLE);
        assertThat(response.getPublicationId()).isNull();
        assertThat(response.getPostId()).isNull();
    }

    @Test
    void aMentionThatRepliesToNothingDoesNotAskWhichPublicationItAnswers() {
        duty(RESPONSIBLE, DEPUTY);
        person(RESPONSIBLE, true);
        Response response = response(null);

        routing.route(response, null, AT);

        verifyNoInteractions(publications);
        assertThat(response.getAssigneeId()).isEqualTo(RESPONSIBLE);
    }

    @Test
    void whileTheResponsiblePersonIsInactiveTheDeputyGetsIt() {
        duty(RESPONSIBLE, DEPUTY);
        person(RESPONSIBLE, false);
        person(DEPUTY, true);

        assertThat(routing.channelDuty(CHANNEL)).isEqualTo(new ResponseRouting.Route(DEPUTY,
                Response.RoutedTo.DEPUTY));
    }

    @Test
    void withTheResponsiblePersonAndTheDeputyInactiveNobodyGetsIt() {
        duty(RESPONSIBLE, DEPUTY);
        person(RESPONSIBLE, false);
        person(DEPUTY, false);

        assertThat(routing.channelDuty(CHANNEL)).isEqualTo(new ResponseRouting.Route(null,
                Response.RoutedTo.NOBODY));
    }

    @Test
    void aChannelWithoutResponsiblePersonOrDeputyLeavesItToTheEditors() {
        duty(null, null);

        assertThat(routing.channelDuty(CHANNEL)).isEqualTo(new ResponseRouting.Route(null,
                Response.RoutedTo.NOBODY));
    }

    @Test
    void aChannelWithNoDutiesAtAllLeavesItToTheEditors() {
        assertThat(routing.channelDuty(CHANNEL)).isEqualTo(new ResponseRouting.Route(null,
                Response.RoutedTo.NOBODY));
    }

    @Test
    void anUnassignedResponseStaysNew() {
        Response response = response(null);

        routing.route(response, null, AT);

        assertThat(response.getAssigneeId()).isNull();
        assertThat(response.getRoutedTo()).isEqualTo(Response.RoutedTo.NOBODY);
        assertThat(response.getState()).isEqualTo(ResponseState.NEW);
    }

    @Test
    void aResponseLoggedByHandAsAnsweringAPostGoesToThatPostsSender() {
        postSentBy(POST, SENDER);
        person(SENDER, true);
        Response response = response(null);

        routing.route(response, null, POST, AT);

        assertThat(response.getAssigneeId()).isEqualTo(SENDER);
        assertThat(response.getRoutedTo()).isEqualTo(Response.RoutedTo.SENDER);
        assertThat(response.getPostId()).isEqualTo(POST);
        assertThat(response.getPublicationId()).isNull();
    }

    @Test
    void aPostNamedByHandWhoseSenderHasLeftGoesToTheChannelsResponsiblePerson() {
        postSentBy(POST, SENDER);
        person(SENDER, false);
        duty(RESPONSIBLE, DEPUTY);
        person(RESPONSIBLE, true);
        Response response = response(null);

        routing.route(response, null, POST, AT);

        assertThat(response.getAssigneeId()).isEqualTo(RESPONSIBLE);
        assertThat(response.getPostId()).isEqualTo(POST);
    }

    @Test
    void thePublicationFoundOnThePlatformWinsOverThePostNamedByHand() {
        published(10, POST, "tw-1");
        postSentBy(POST, SENDER);
        person(SENDER, true);
        Response response = response("tw-1");

        routing.route(response, null, 999L, AT);

        assertThat(response.getPostId()).isEqualTo(POST);
        assertThat(response.getAssigneeId()).isEqualTo(SENDER);
    }
}
