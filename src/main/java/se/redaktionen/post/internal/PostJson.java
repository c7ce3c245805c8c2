package se.redaktionen.post.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import se.redaktionen.guideline.RuleChecks;
import se.redaktionen.guideline.Violation;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.publishing.PublicationView;
import se.redaktionen.publishing.Publications;

/**
 * The posts API's records and how a post becomes one: its text per channel, its guideline checks, its
 * history and its publications, with messages in the caller's language.
 */
@Component
class PostJson {

    record Person(String username, String displayName, String branch) {
    }

    /** {@code connected} is false where the channel lacks the credentials publishing needs. */
    record ChannelTextView(long channelId, String channel, String kind, String text, int length, Integer limit,
                           boolean connected) {
    }

    record Check(String rule, String severity, String guideline, String finding, String message,
                 String acknowledgementKey) {
    }

    record Move(String from, String to, String by, Instant at, String comment) {
    }

    /** The last error of a publication: its code, what it means in words, and the platform's own words. */
    record PublicationError(String code, String message, String detail) {
    }

    record PublicationJson(long id, long channelId, String channel, String kind, String state, int attempts,
                           Instant dueAt, Instant nextAttemptAt, String platformId, String url, Instant publishedAt,
                           PublicationError lastError) {
    }

    record PostView(long id, String state, String title, String body, String link, Person author, Person sender,
                    Instant scheduledAt, long version, List<ChannelTextView> channels, List<Check> checks,
                    List<Move> history, List<PublicationJson> publications) {
    }

    record PostListItem(long id, String state, String title, String body, Person sender, Instant scheduledAt,
                        Instant updatedAt) {
    }

    private final PostTransitionRepository transitions;
    private final PostWriting writing;
    private final People people;
    private final RuleChecks checks;
    private final Publications publications;
    private final MessageSource messages;

    PostJson(PostTransitionRepository transitions, PostWriting writing, People people, RuleChecks checks,
             Publications publications, MessageSource messages) {
        this.transitions = transitions;
        this.writing = writing;
        this.people = people;
        this.checks = checks;
        this.publications = publications;
        this.messages = messages;
    }

    PostListItem item(Post p) {
        return new PostListItem(p.getId(), p.getState().name(), p.getTitle(), p.getBody(), person(p.getSenderId()),
                p.getScheduledAt(), p.getUpdatedAt());
    }

    PostView view(Post post) {
        List<ChannelTextView> texts = writing.savedPreviews(post).stream()
                .map(p -> new ChannelTextView(p.channel().id(), p.channel().name(), p.channel().kind().name(),
                        p.text(), p.length(), p.limit(), p.connected()))
                .toList();
        List<Move> history = transitions.findByPostIdOrderByAtAsc(post.getId()).stream()
                .map(t -> new Move(t.getFromState().name(), t.getToState().name(),
                        t.getActorId() == null ? null
                                : people.findById(t.getActorId()).map(PersonSummary::username).orElse(null), t.getAt(),
                        t.getComment()))
                .toList();
        return new PostView(post.getId(), post.getState().name(), post.getTitle(), post.getBody(), post.getLink(),
                person(post.getAuthorId()), person(post.getSenderId()), post.getScheduledAt(), post.getVersion(),
                texts, checks.check(writing.checkedPost(post)).stream().map(this::check).toList(), history,
                publications.forPost(post.getId()).stream().map(this::publication).toList());
    }

    private PublicationJson publication(PublicationView p) {
        PublicationError error = p.errorCode() == null ? null : new PublicationError(p.errorCode(),
                messages.getMessage("publication.error." + p.errorCode(), new Object[] {p.channelName()}, locale()),
                p.errorDetail());
        return new PublicationJson(p.id(), p.channelId(), p.channelName(), p.channelKind().name(), p.state().name(),
                p.attempts(), p.dueAt(), p.nextAttemptAt(), p.platformId(), p.url(), p.publishedAt(), error);
    }

    Check check(Violation v) {
        return new Check(v.kind().name(), v.severity().name(), v.guidelineTitle(), v.finding(),
                messages.getMessage("rule.violation." + v.kind(), new Object[] {v.finding()}, locale()),
                v.blocks() ? null : PostWorkflow.warningKey(v));
    }

    private Person person(long id) {
        PersonSummary p = people.findById(id).orElseThrow();
        return new Person(p.username(), p.displayName(), p.branchName());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
