package se.redaktionen.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.ChannelDuties;
import se.redaktionen.channel.ChannelDuty;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.demo.PlannedResponse.Outcome;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.Role;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.response.ModerationReason;
import se.redaktionen.response.ResponseDemo;
import se.redaktionen.response.ResponseKind;

/**
 * Half a year of responses from the public on the history's published posts: each recorded, and so routed,
 * as a live one would be (to the sender of the post it answers, otherwise to the channel's responsible
 * person) a few minutes after it came, then dealt with at the moment it was — two spam comments hidden or
 * removed with their record kept, two waiting unassigned. Each active channel was gone through weekly,
 * except that Bloggen Evenemang was last gone through ten days ago, so the dashboard warns. Drawn from a
 * seeded {@link Random}, so every empty database gets the same people, texts and threads; their times are
 * counted back from today (and what was late depends on the working days in between).
 */
@Component
@DemoMode
class ResponseSeed {

    static final int DAYS = 180;
    static final int RECENT_DAYS = 14;

    private static final Logger log = LoggerFactory.getLogger(ResponseSeed.class);
    private static final String UNSUPERVISED = "Bloggen Evenemang";

    private final ResponseDemo responses;
    private final Channels channels;
    private final ChannelDuties duties;
    private final People people;
    private final DemoClock clock;
    private final ZoneId zone;
    private final TransactionTemplate transaction;

    ResponseSeed(ResponseDemo responses, Channels channels, ChannelDuties duties, People people, DemoClock clock,
                 RedaktionenProperties properties, PlatformTransactionManager transactions) {
        this.responses = responses;
        this.channels = channels;
        this.duties = duties;
        this.people = people;
        this.clock = clock;
        this.zone = properties.timeZone();
        this.transaction = new TransactionTemplate(transactions);
    }

    void seed(List<PublishedPost> pubs) {
        Optional<ChannelSummary> facebook = channel(ChannelKind.FACEBOOK_PAGE);
        Optional<ChannelSummary> twitter = channel(ChannelKind.TWITTER);
        if (responses.hasResponses() || pubs.isEmpty() || facebook.isEmpty() || twitter.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        Instant now = clock.realInstant();
        Random random = new Random(20_260_602L);
        ResponseLines lines = ResponseLines.read();
        PlatformIds ids = new PlatformIds(random);
        List<PlannedResponse> plan = new ResponsePlanner(lines, now, zone, random, ids)
                .arrivals(pubs, facebook.get(), twitter.get());
        ResponseOutcomes outcomes = new ResponseOutcomes(responses, lines, now, random);
        outcomes.decide(plan);
        plan.addAll(outcomes.followUps(plan, ids));
        plan.sort(Comparator.comparing((PlannedResponse p) -> p.received));
        for (PlannedResponse p : plan) {
            Instant logged = p.received.plus(Duration.ofMinutes(1 + random.nextInt(9)));
            clock.at(logged, () -> record(p));
        }
        transaction.executeWithoutResult(status -> {
            plan.forEach(p -> settle(p, lines, random));
            supervise(plan, now, random);
        });
        Map<Outcome, Long> counts = plan.stream().collect(Collectors.groupingBy(p -> p.outcome,
                Collectors.counting()));
        log.info("Seeded demo responses: {} from {} people on {} publications, {}, in {} ms", plan.size(),
                plan.stream().map(p -> p.who).distinct().count(), pubs.size(), counts,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void record(PlannedResponse p) {
        ResponseDemo.Recorded recorded = responses.record(p.channelId, p.platformId, p.kind, p.inReplyTo, p.parent,
                p.who.name(), p.channelKind == ChannelKind.TWITTER ? "@" + p.who.handle() : null, p.line.text(),
                p.received);
        p.id = recorded.id();
        p.assigneeId = recorded.assigneeId();
        if (p.unassigned) {
            responses.leaveUnassigned(p.id);
        }
    }

    /** What became of the response, done by the person it was routed to, at the moment it was done. */
    private void settle(PlannedResponse p, ResponseLines lines, Random random) {
        long by = p.assigneeId != null ? p.assigneeId : editorFor(p.channelId);
        switch (p.outcome) {
            case ANSWERED -> {
                if (!p.elsewhere) {
                    clock.at(p.closedAt, () -> responses.answered(p.id, p.line.answer(), by));
                    return;
                }
                String note = p.kind == ResponseKind.MESSAGE ? p.line.answer() : random.nextDouble() < 0.2 ? null
                        : lines.elsewhereNotes().get(random.nextInt(lines.elsewhereNotes().size()));
                clock.at(p.closedAt, () -> responses.answeredElsewhere(p.id, note, by));
            }
            case NO_ACTION -> clock.at(p.closedAt, () -> responses.noActionNeeded(p.id, by));
            case HIDDEN, REMOVED -> {
                boolean removed = p.outcome == Outcome.REMOVED;
                // The blog's API removes a comment; the page's can only be hidden by hand on the platform.
                clock.at(p.closedAt, () -> responses.moderated(p.id, removed, ModerationReason.SPAM,
                        p.moderationNote, editorFor(p.channelId), removed ? "DONE" : "NOT_POSSIBLE",
                        removed ? null : "NO_API"));
            }
            case OPEN -> {
                // Still open: it stays with whom it was routed to (or with nobody), as the inbox shows it.
            }
        }
    }

    /**
     * Each active channel gone through once a week by its responsible person (now and then the deputy),
     * with the number of responses open at that moment; Bloggen Evenemang last ten days ago.
     */
    private void supervise(List<PlannedResponse> plan, Instant now, Random random) {
        Instant start = now.minus(Duration.ofDays(DAYS));
        for (ChannelSummary channel : channels.active()) {
            Optional<ChannelDuty> duty = duties.of(channel.id());
            Long responsible = duty.map(ChannelDuty::responsibleId).orElse(null);
            Long deputy = duty.map(ChannelDuty::deputyId).orElse(null);
            Instant at = channel.name().equals(UNSUPERVISED)
                    ? morning(now.minus(Duration.ofDays(10)), random)
                    : morning(now.minus(Duration.ofDays(1 + random.nextInt(4))), random);
            while (at.isAfter(start)) {
                Long chosen = deputy != null && random.nextDouble() < 0.2 ? deputy : responsible;
                long by = chosen != null ? chosen : editorFor(channel.id());
                Instant moment = at;
                int openThen = (int) plan.stream().filter(p -> p.channelId == channel.id() && p.openAt(moment))
                        .count();
                clock.at(moment, () -> responses.supervised(channel.id(), by, openThen));
                at = morning(at.minus(Duration.ofDays(6 + random.nextInt(3))), random);
            }
        }
    }

    private Instant morning(Instant day, Random random) {
        return day.atZone(zone).toLocalDate().atTime(8 + random.nextInt(3), random.nextInt(60)).atZone(zone)
                .toInstant();
    }

    /** The channel's responsible person if an editor, else the demo editor. */
    private long editorFor(long channelId) {
        return duties.of(channelId).map(ChannelDuty::responsibleId).flatMap(people::findById)
                .filter(p -> p.role() != Role.STAFF).map(PersonSummary::id)
                .orElseGet(() -> people.findByUsername("demo-editor").orElseThrow().id());
    }

    /** The library's real account of this kind (the practice channels are sandboxes). */
    private Optional<ChannelSummary> channel(ChannelKind kind) {
        return channels.active().stream().filter(c -> c.kind() == kind).findFirst();
    }
}
