package se.redaktionen.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.post.PostDemo;
import se.redaktionen.post.PostState;

/**
 * Half a year of posts on the library's real channels ({@code history.csv}, oldest first, its channels as
 * the letters of {@code channels.csv}'s {@code history_code}), each drafted one to four days before it is
 * published, submitted, and approved by an editor who is neither its author nor its sender; then a handful
 * of posts in the states of the review workflow ({@code posts.csv}), moved as {@code post-steps.csv} says.
 * Each step happens at its own moment on the demo clock. Seeded: every empty database gets the same posts at
 * the same distance from today.
 */
@Component
@DemoMode
class PostSeed {

    /** A post of the history, approved and waiting for its publications on {@code on} at {@code publishedAt}. */
    record HistoryPost(long postId, List<ChannelSummary> on, Instant publishedAt, String title, String body) {
    }

    /** An approved post of the review workflow whose publications go into the outbox at {@code at}. */
    record Approved(long postId, Instant at) {
    }

    record Seeded(List<HistoryPost> history, List<Approved> approved) {
    }

    private final PostDemo posts;
    private final Channels channels;
    private final DemoPeople people;
    private final DemoClock clock;
    private final ZoneId zone;

    PostSeed(PostDemo posts, Channels channels, DemoPeople people, DemoClock clock, RedaktionenProperties properties) {
        this.posts = posts;
        this.channels = channels;
        this.people = people;
        this.clock = clock;
        this.zone = properties.timeZone();
    }

    Seeded seed() {
        if (posts.hasPosts()) {
            return new Seeded(List.of(), List.of());
        }
        return new Seeded(history(), reviewWorkflow());
    }

    private List<HistoryPost> history() {
        Random random = new Random(20_260_601L);
        Instant now = clock.realInstant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Map<Character, ChannelSummary> targets = new HashMap<>();
        for (CSVRecord c : DemoCsv.read("channels.csv")) {
            String code = DemoCsv.text(c, "history_code");
            channel(c.get("name")).filter(x -> code != null).ifPresent(x -> targets.put(code.charAt(0), x));
        }
        List<Long> editors = DemoCsv.read("people.csv").stream().filter(p -> p.get("role").equals("EDITOR"))
                .map(p -> people.id(p.get("username"))).toList();
        List<HistoryPost> history = new ArrayList<>();
        List<CSVRecord> rows = DemoCsv.read("history.csv");
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord h = rows.get(i);
            List<ChannelSummary> on = h.get("channels").chars().mapToObj(c -> targets.get((char) c))
                    .filter(Objects::nonNull).toList();
            if (on.isEmpty()) {
                continue;
            }
            long sender = people.id(h.get("sender"));
            long author = DemoCsv.text(h, "author") == null ? sender : people.id(h.get("author"));
            List<Long> approvers = editors.stream().filter(id -> id != sender && id != author).toList();
            long approver = approvers.get(random.nextInt(approvers.size()));
            LocalDate day = today.minusDays(Math.max(1, 178 - i * 3L + random.nextInt(2)));
            Instant publishedAt = day.atTime(8 + random.nextInt(11), 15 * random.nextInt(4)).atZone(zone)
                    .toInstant();
            Instant created = day.minusDays(1 + random.nextInt(4)).atTime(9 + random.nextInt(6), random.nextInt(60))
                    .atZone(zone).toInstant();
            Instant submitted = created.plus(Duration.ofMinutes(10 + random.nextInt(170)));
            Instant approved = submitted.plus(Duration.ofMinutes(30 + random.nextInt(270)));
            if (!publishedAt.isBefore(now)) {
                continue;
            }
            String title = DemoCsv.text(h, "title");
            String body = h.get("body");
            long id = clock.at(created, () -> posts.write(author, sender, title, body, DemoCsv.text(h, "link"),
                    on.stream().map(ChannelSummary::id).toList(), publishedAt));
            clock.at(submitted, () -> posts.move(id, PostState.SUBMITTED, author, null));
            clock.at(approved, () -> posts.move(id, PostState.APPROVED, approver, null));
            history.add(new HistoryPost(id, on, publishedAt, title, body));
        }
        return history;
    }

    /** Each post is created a while before the first step of its history; approved ones go to the outbox. */
    private List<Approved> reviewWorkflow() {
        Instant now = clock.realInstant();
        Map<String, Long> ids = new HashMap<>();
        for (CSVRecord p : DemoCsv.read("posts.csv")) {
            long author = people.id(p.get("author"));
            List<Long> on = List.of(p.get("channels").split("\\|")).stream()
                    .map(name -> channel(name).orElseThrow().id()).toList();
            Instant scheduledAt = DemoCsv.text(p, "scheduled_in_days") == null ? null
                    : LocalDate.ofInstant(now, zone).plusDays(Long.parseLong(p.get("scheduled_in_days")))
                            .atTime(Integer.parseInt(p.get("scheduled_hour")), 0).atZone(zone).toInstant();
            ids.put(p.get("key"), clock.at(ago(now, p), () -> posts.write(author, author, DemoCsv.text(p, "title"),
                    p.get("body"), DemoCsv.text(p, "link"), on, scheduledAt)));
        }
        List<Approved> approved = new ArrayList<>();
        for (CSVRecord s : DemoCsv.read("post-steps.csv")) {
            long post = ids.get(s.get("post"));
            Instant at = ago(now, s);
            switch (s.get("step")) {
                case "COMMENT" -> clock.at(at, () -> posts.comment(post, people.id(s.get("actor")), s.get("text")));
                case "PUBLISH" -> approved.add(new Approved(post, at));
                default -> clock.at(at, () -> posts.move(post, PostState.valueOf(s.get("step")),
                        people.id(s.get("actor")), DemoCsv.text(s, "text")));
            }
        }
        return approved;
    }

    private static Instant ago(Instant now, CSVRecord row) {
        return now.minus(Duration.ofMinutes(Long.parseLong(row.get("minutes_ago"))));
    }

    private Optional<ChannelSummary> channel(String name) {
        return channels.active().stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
