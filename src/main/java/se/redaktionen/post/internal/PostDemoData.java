package se.redaktionen.post.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.ChannelKind;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.SenderDetails;
import se.redaktionen.post.PostState;
import se.redaktionen.publishing.PublicationRequest;
import se.redaktionen.publishing.Publications;

/**
 * A handful of demo posts in the states of the review workflow, with their history, seeded once.
 * Published posts arrive with publishing (issue #4).
 */
@Component
@ConditionalOnProperty(name = "redaktionen.demo-mode", havingValue = "true")
@Order(40)
class PostDemoData implements ApplicationRunner {

    private final PostRepository posts;
    private final PostTransitionRepository transitions;
    private final PostCommentRepository comments;
    private final Channels channels;
    private final People people;
    private final Publications publications;
    private final Clock clock;
    private final RedaktionenProperties properties;

    PostDemoData(PostRepository posts, PostTransitionRepository transitions, PostCommentRepository comments,
                 Channels channels, People people, Publications publications, Clock clock,
                 RedaktionenProperties properties) {
        this.publications = publications;
        this.properties = properties;
        this.posts = posts;
        this.transitions = transitions;
        this.comments = comments;
        this.channels = channels;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (posts.count() > 0) {
            return;
        }
        long staff = person("demo-staff");
        long leila = person("leila.karimi");
        long editor = person("demo-editor");
        long anna = person("anna.lind");
        Instant now = clock.instant();

        seed(staff, "Ny bokcirkel i Fittja", "Vi startar en bokcirkel för vuxna. Första träffen läser vi "
                + "Jonas Hassen Khemiri. Anmäl dig i informationsdisken! #BokcirkelFittja", null,
                List.of(ChannelKind.FACEBOOK_PAGE, ChannelKind.TWITTER), daysAhead(9, 14));
        Post submitted = seed(staff, null, "Sagostund på arabiska och svenska varje lördag kl. 11 i Fittja. "
                + "Välkomna! #Sagostund", null, List.of(ChannelKind.FACEBOOK_PAGE), null);
        move(submitted, PostState.SUBMITTED, staff, null, now.minus(Duration.ofHours(20)));
        Post changes = seed(leila, "Läxhjälp i Alby", "Läxhjälp varje tisdag och torsdag. Läs mer på "
                + "http://bibliotek.botkyrka.se/laxhjalp", null, List.of(ChannelKind.WORDPRESS_BLOG), null);
        move(changes, PostState.SUBMITTED, leila, null, now.minus(Duration.ofDays(2)));
        move(changes, PostState.CHANGES_REQUESTED, editor, "Använd https-länken och skriv ut tiderna, tack!",
                now.minus(Duration.ofDays(1)));
        comments.save(new PostComment(changes.getId(), leila, "Vilka tider gäller under lovet?",
                now.minus(Duration.ofHours(22))));
        Post approved = seedOn(staff, "Författarbesök i Tumba", "Den 12 december kommer Johannes Anyuru till "
                + "Tumba bibliotek. Fri entré.", "https://bibliotek.botkyrka.se/evenemang",
                List.of("Övning: Facebook", "Övning: blogg"), daysAhead(5, 10));
        move(approved, PostState.SUBMITTED, staff, null, now.minus(Duration.ofDays(3)));
        move(approved, PostState.APPROVED, anna, null, now.minus(Duration.ofDays(2)));
        schedulePublications(approved);
        Post dueNow = seedOn(leila, null, "Nu kan du låna e-böcker i appen Biblio med ditt lånekort. "
                + "Fråga oss om du vill ha hjälp att komma igång! #Bibliotek", null, List.of("Övning: X"), null);
        move(dueNow, PostState.SUBMITTED, leila, null, now.minus(Duration.ofHours(3)));
        move(dueNow, PostState.APPROVED, editor, null, now.minus(Duration.ofHours(1)));
        schedulePublications(dueNow);
        Post rejected = seed(leila, null, "Vi säljer ut gamla böcker – kom och fynda!", null,
                List.of(ChannelKind.TWITTER), null);
        move(rejected, PostState.SUBMITTED, leila, null, now.minus(Duration.ofDays(6)));
        move(rejected, PostState.REJECTED, editor, "Bokrean annonseras av kommunen centralt i år.",
                now.minus(Duration.ofDays(5)));
        Post withdrawn = seed(staff, null, "Stängt på grund av strömavbrott.", null,
                List.of(ChannelKind.TWITTER), null);
        move(withdrawn, PostState.WITHDRAWN, staff, null, now.minus(Duration.ofDays(4)));
    }

    /** A whole hour in Stockholm some days ahead, as an editor would schedule it. */
    private Instant daysAhead(int days, int hour) {
        return LocalDate.now(clock.withZone(properties.timeZone())).plusDays(days).atTime(hour, 0)
                .atZone(properties.timeZone()).toInstant();
    }

    private long person(String username) {
        return people.findByUsername(username).orElseThrow().id();
    }

    private Post seed(long author, String title, String body, String link, List<ChannelKind> kinds,
                      Instant scheduledAt) {
        SenderDetails sender = people.senderDetails(author).orElseThrow();
        List<ChannelText> texts = kinds.stream()
                .map(kind -> channels.active().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow())
                .map((ChannelSummary c) -> ChannelRendering.render(c, title, body, link, sender))
                .toList();
        Post post = new Post(author, clock.instant());
        post.write(title, body, link, author, scheduledAt, texts, clock.instant());
        return posts.save(post);
    }

    /** Approved demo posts go to the practice channels, so the newcomer sees them published on the timelines. */
    private Post seedOn(long author, String title, String body, String link, List<String> channelNames,
                        Instant scheduledAt) {
        SenderDetails sender = people.senderDetails(author).orElseThrow();
        List<ChannelText> texts = channelNames.stream()
                .map(name -> channels.active().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow())
                .map((ChannelSummary c) -> ChannelRendering.render(c, title, body, link, sender))
                .toList();
        Post post = new Post(author, clock.instant());
        post.write(title, body, link, author, scheduledAt, texts, clock.instant());
        return posts.save(post);
    }

    private void schedulePublications(Post post) {
        publications.schedule(post.getId(), post.getScheduledAt(), post.getChannels().stream()
                .map(t -> new PublicationRequest(t.getChannelId(), post.getTitle(), t.getRenderedText(),
                        post.getLink()))
                .toList());
    }

    private void move(Post post, PostState next, long actor, String comment, Instant at) {
        transitions.save(post.moveTo(next, actor, comment, at));
    }
}
