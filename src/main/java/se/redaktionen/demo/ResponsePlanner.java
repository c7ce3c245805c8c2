package se.redaktionen.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;

import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.demo.PlannedResponse.Member;
import se.redaktionen.demo.PlannedResponse.Mood;
import se.redaktionen.demo.PlannedResponse.Outcome;
import se.redaktionen.demo.PlannedResponse.Topic;
import se.redaktionen.demo.ResponseLines.Line;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.response.ResponseKind;

/**
 * What arrives over half a year: comments and replies under the published posts (most within hours, the
 * latest posts still talked about), mentions and messages on their own, a few planted for the inbox to show
 * today, two spam comments, and about eighty people of whom some write again and again.
 */
final class ResponsePlanner {

    /** Responses to posts; replies in threads, mentions and messages come on top (about 300 in all). */
    private static final int ON_POSTS = 245;
    private static final int PEOPLE = 80;

    private final ResponseLines lines;
    private final Instant now;
    private final ZoneId zone;
    private final Random random;
    private final PlatformIds ids;

    ResponsePlanner(ResponseLines lines, Instant now, ZoneId zone, Random random, PlatformIds ids) {
        this.lines = lines;
        this.now = now;
        this.zone = zone;
        this.random = random;
        this.ids = ids;
    }

    List<PlannedResponse> arrivals(List<PublishedPost> pubs, ChannelSummary facebook, ChannelSummary twitter) {
        List<PlannedResponse> plan = new ArrayList<>(onPosts(pubs));
        Instant start = now.minus(Duration.ofDays(ResponseSeed.DAYS));
        for (int i = 0; i < 14; i++) {
            PlannedResponse p = standalone(twitter, ResponseKind.MENTION, pick(lines.group("MENTIONS")),
                    between(start, now.minus(Duration.ofDays(3))));
            p.mood = p.line.text().startsWith("@") ? Mood.QUESTION : Mood.PRAISE;
            plan.add(p);
        }
        for (int i = 0; i < 9; i++) {
            ChannelSummary channel = i % 3 == 2 ? twitter : facebook;
            plan.add(standalone(channel, ResponseKind.MESSAGE, pick(lines.group("MESSAGES")),
                    between(start, now.minus(Duration.ofDays(3)))));
        }
        // A message this morning for the page's responsible person, still open.
        PlannedResponse circle = standalone(facebook, ResponseKind.MESSAGE, lines.group("MESSAGES").get(3),
                now.minus(Duration.ofHours(3)));
        circle.planted = true;
        plan.add(circle);
        // Two that came in while nobody was on duty for the channel: the editors hand them out.
        PlannedResponse wallet = standalone(facebook, ResponseKind.MESSAGE, lines.group("MESSAGES").get(0),
                now.minus(Duration.ofHours(5)));
        PlannedResponse question = standalone(twitter, ResponseKind.MENTION, lines.group("MENTIONS").get(6),
                now.minus(Duration.ofHours(26)));
        for (PlannedResponse p : List.of(wallet, question)) {
            p.mood = Mood.QUESTION;
            p.unassigned = true;
            p.planted = true;
            plan.add(p);
        }
        spam(plan, pubs);
        assignPeople(plan);
        return plan;
    }

    private List<PlannedResponse> onPosts(List<PublishedPost> pubs) {
        List<PlannedResponse> plan = new ArrayList<>();
        double[] weights = new double[pubs.size()];
        double sum = 0;
        for (int i = 0; i < pubs.size(); i++) {
            double base = switch (pubs.get(i).kind()) {
                case FACEBOOK_PAGE -> 1.0;
                case TWITTER -> 0.55;
                default -> 0.45;
            };
            // The latest posts are still being talked about, so the inbox has something fresh.
            double fresh = pubs.get(i).publishedAt().isAfter(now.minus(Duration.ofDays(ResponseSeed.RECENT_DAYS)))
                    ? 2 : 1;
            weights[i] = base * fresh * (0.35 + 1.3 * random.nextDouble());
            sum += weights[i];
        }
        for (int i = 0; i < pubs.size(); i++) {
            PublishedPost pub = pubs.get(i);
            int count = (int) Math.round(ON_POSTS * weights[i] / sum);
            List<PlannedResponse> onThis = new ArrayList<>();
            for (int j = 0; j < count; j++) {
                // Most come within hours of publishing; now and then someone finds an older post.
                double hours = random.nextDouble() < 0.08 ? 24 + random.nextInt(24 * 9)
                        : Math.min(-Math.log(1 - random.nextDouble()) * 9, 24 * 6);
                Instant received = awake(pub.publishedAt().plus(Duration.ofMinutes(3 + (long) (hours * 60))));
                if (received.isAfter(now.minus(Duration.ofMinutes(2)))) {
                    continue;
                }
                onThis.add(onPost(pub, received, onThis));
            }
            plan.addAll(onThis);
        }
        return plan;
    }

    private PlannedResponse onPost(PublishedPost pub, Instant received, List<PlannedResponse> onThis) {
        PlannedResponse p = new PlannedResponse();
        p.pub = pub;
        p.channelId = pub.channelId();
        p.channelKind = pub.kind();
        p.received = received;
        double mood = random.nextDouble();
        p.mood = mood < 0.63 ? Mood.QUESTION : mood < 0.92 ? Mood.PRAISE : Mood.COMPLAINT;
        List<Line> choice = switch (p.mood) {
            case QUESTION -> random.nextDouble() < 0.85 ? lines.group(topic(pub.text()).name())
                    : lines.group("SERVICE");
            case PRAISE -> lines.group("PRAISE");
            default -> lines.group("COMPLAINTS");
        };
        // The same words twice under one post would look made up: draw again, a few times.
        p.line = pick(choice);
        for (int tries = 0; tries < 4 && said(onThis, p.line); tries++) {
            p.line = pick(choice);
        }
        if (pub.kind() == ChannelKind.TWITTER) {
            p.kind = random.nextDouble() < 0.65 ? ResponseKind.REPLY : ResponseKind.MENTION;
            p.inReplyTo = pub.platformId();
        } else if (onThis.stream().anyMatch(o -> o.received.isBefore(received)) && random.nextDouble() < 0.12) {
            // Someone answers another commenter in the thread under the post, one who wrote before.
            List<PlannedResponse> earlier = onThis.stream().filter(o -> o.received.isBefore(received)).toList();
            p.kind = ResponseKind.REPLY;
            p.inReplyTo = earlier.get(random.nextInt(earlier.size())).platformId;
            p.parent = pub.platformId();
        } else {
            p.kind = ResponseKind.COMMENT;
            p.inReplyTo = pub.platformId();
        }
        p.platformId = ids.next(pub, received);
        return p;
    }

    static Topic topic(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (containsAny(t, "sagostund", "barn", "bebis", "babyrytmik", "pyssel", "bokstart", "läsutmaning",
                "tipspromenad", "skrivarverkstad", "lovprogram")) {
            return Topic.CHILDREN;
        }
        if (containsAny(t, "stängt", "öppettider", "öppet som vanligt", "meröppet", "återlämning")) {
            return Topic.HOURS;
        }
        if (containsAny(t, "författar", "föreläsning", "konsert", "quiz", "poesi", "bokcirkel", "spelkväll",
                "fyller 50", "schack", "språkcafé", "skrivarcirkel", "bokbyt")) {
            return Topic.EVENT;
        }
        if (containsAny(t, "boktips", "roman", "e-böcker", "ljudb", "deckare", "noveller", "lättläst", "manga",
                "böcker")) {
            return Topic.BOOKS;
        }
        return Topic.SERVICE;
    }

    private static boolean containsAny(String text, String... words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean said(List<PlannedResponse> planned, Line line) {
        return planned.stream().anyMatch(p -> p.line == line);
    }

    private PlannedResponse standalone(ChannelSummary channel, ResponseKind kind, Line line, Instant received) {
        PlannedResponse p = new PlannedResponse();
        p.channelId = channel.id();
        p.channelKind = channel.kind();
        p.kind = kind;
        p.line = line;
        p.mood = Mood.QUESTION;
        Instant woke = awake(received);
        p.received = woke.isBefore(now.minus(Duration.ofMinutes(2))) ? woke : received;
        p.platformId = ids.next(channel.id(), channel.kind(), kind, p.received);
        return p;
    }

    /** A spam comment on a blog post (removed) and one on the Facebook page (hidden), both a while ago. */
    private void spam(List<PlannedResponse> plan, List<PublishedPost> pubs) {
        Instant before = now.minus(Duration.ofDays(30));
        List<Predicate<PublishedPost>> where = List.of(
                p -> p.kind() == ChannelKind.WORDPRESS_COM && p.publishedAt().isBefore(before),
                p -> p.kind() == ChannelKind.FACEBOOK_PAGE && p.publishedAt().isBefore(before));
        for (int i = 0; i < where.size(); i++) {
            List<PublishedPost> candidates = pubs.stream().filter(where.get(i)).toList();
            if (candidates.isEmpty()) {
                continue;
            }
            ResponseLines.Spam spam = lines.spam().get(i);
            PublishedPost pub = candidates.get(random.nextInt(candidates.size()));
            PlannedResponse p = new PlannedResponse();
            p.pub = pub;
            p.channelId = pub.channelId();
            p.channelKind = pub.kind();
            p.kind = ResponseKind.COMMENT;
            p.inReplyTo = pub.platformId();
            p.received = pub.publishedAt().plus(Duration.ofHours(30 + random.nextInt(40)));
            p.platformId = ids.next(pub, p.received);
            p.line = spam.line();
            p.mood = Mood.SPAM;
            p.who = new Member(spam.author(), spam.handle());
            p.outcome = spam.removed() ? Outcome.REMOVED : Outcome.HIDDEN;
            p.moderationNote = spam.reasonText();
            p.closedAt = p.received.plus(Duration.ofMinutes(90 + random.nextInt(240)));
            p.planted = true;
            plan.add(p);
        }
    }

    /**
     * Everyone writes at least once; beyond that a few regulars write again and again (weights falling
     * with their rank), so there is dialogue rather than a crowd of one-off voices.
     */
    private void assignPeople(List<PlannedResponse> plan) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String first = lines.firstNames().get(i * 7 % lines.firstNames().size());
            String last = lines.lastNames().get(i * 11 % lines.lastNames().size());
            String a = ascii(first);
            String b = ascii(last);
            String handle = switch (i % 4) {
                case 0 -> a + "_" + b;
                case 1 -> a + b.charAt(0) + (60 + i);
                case 2 -> a + b;
                default -> "bokmal_" + a;
            };
            members.add(new Member(first + " " + last, handle));
        }
        List<PlannedResponse> open = plan.stream().filter(p -> p.who == null).toList();
        List<Member> draws = new ArrayList<>(members);
        double[] cumulative = new double[members.size()];
        double total = 0;
        for (int i = 0; i < members.size(); i++) {
            total += 1 / Math.pow(i + 1, 0.9);
            cumulative[i] = total;
        }
        while (draws.size() < open.size()) {
            double r = random.nextDouble() * total;
            int i = 0;
            while (cumulative[i] < r) {
                i++;
            }
            draws.add(members.get(i));
        }
        Collections.shuffle(draws, random);
        for (int i = 0; i < open.size(); i++) {
            open.get(i).who = draws.get(i);
        }
    }

    /** People write when they are awake: a time between midnight and seven moves to the morning. */
    private Instant awake(Instant at) {
        int hour = at.atZone(zone).getHour();
        return hour < 7 ? at.plus(Duration.ofHours(7)) : at;
    }

    private Instant between(Instant from, Instant to) {
        return from.plusSeconds((long) (random.nextDouble() * Duration.between(from, to).getSeconds()));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private static String ascii(String name) {
        return name.toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
    }
}
