package se.redaktionen.response.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.ChannelDuties;
import se.redaktionen.channel.ChannelDuty;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.post.ReplyTexts;
import se.redaktionen.response.ResponseKind;

/**
 * Half a year of responses from the public on the demo's published posts, seeded once when the
 * response table is empty: comments and replies on the Facebook page and the blogs, replies and
 * mentions on X, a few messages, from about eighty people of whom some write again and again.
 *
 * <p>Every response goes through {@link ResponseRecorder}, so it is routed exactly as a live one
 * would be (to the sender of the post it answers, otherwise to the channel's responsible person).
 * What became of it is then written in one go: most older ones answered — mostly within the
 * working day promised, some late — praise marked as needing no answer, two spam comments hidden
 * or removed with their record kept, and among the last two weeks' responses some still open, a few
 * of them overdue or escalated and two waiting unassigned. Each active channel was gone through
 * weekly, except that Bloggen Evenemang was last gone through ten days ago, so the dashboard warns.
 * Drawn from a seeded {@link Random}, so every empty database gets the same people, texts and threads;
 * their times are counted back from today (and what was late depends on the working days in between).
 */
@Component
@ConditionalOnProperty(name = "redaktionen.demo-mode", havingValue = "true")
@Order(50)
class ResponseDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ResponseDemoData.class);

    static final int DAYS = 180;
    static final int RECENT_DAYS = 14;
    /** Responses to posts; replies in threads, mentions and messages come on top (about 300 in all). */
    private static final int ON_POSTS = 245;
    private static final int PEOPLE = 80;
    private static final long TWITTER_EPOCH = 1_288_834_974_657L;

    private static final String FACEBOOK = "Facebook: Botkyrka bibliotek";
    private static final String TWITTER = "Twitter/X: @botkyrkabibl";
    private static final List<String> REAL_CHANNELS = List.of(FACEBOOK, TWITTER, "Bloggen Boktips",
            "Bloggen Barn och unga", "Bloggen Evenemang");
    private static final String UNSUPERVISED = "Bloggen Evenemang";

    enum Topic { CHILDREN, EVENT, HOURS, BOOKS, SERVICE }

    enum Mood { QUESTION, PRAISE, COMPLAINT, FOLLOW_UP, SPAM }

    enum Outcome { OPEN, ANSWERED, NO_ACTION, HIDDEN, REMOVED }

    /** Something the public writes, and what the library answers to it. */
    record Line(String text, String answer) {
    }

    /** A published post on one of the real channels, with what it is about. */
    record Pub(long channelId, ChannelKind kind, String platformId, Instant publishedAt, Topic topic) {
    }

    /** Someone from the public: a name everywhere, a handle on X. */
    record Member(String name, String handle) {
    }

    /** One response: what arrives, and what became of it. */
    private static final class Planned {
        Pub pub;
        long channelId;
        ChannelKind channelKind;
        String platformId;
        ResponseKind kind;
        String inReplyTo;
        String parent;
        Member who;
        Line line;
        Mood mood;
        Instant received;
        Outcome outcome = Outcome.OPEN;
        Instant closedAt;
        boolean elsewhere;
        boolean unassigned;
        boolean planted;
        Long id;
        Long assigneeId;
    }

    private static final List<Line> CHILDREN = List.of(
            new Line("Vilken ålder passar sagostunden för?", "Sagostunden passar barn från tre år. Yngre syskon "
                    + "är också välkomna!"),
            new Line("Måste man anmäla sig till pysslet?", "Ingen anmälan, men det finns material till ungefär 30 "
                    + "barn, så kom i tid."),
            new Line("Finns det böcker för barn som precis har lärt sig läsa?", "Ja, vi har en hel hylla med "
                    + "lättlästa böcker. Fråga personalen så hjälper vi till att välja."),
            new Line("Kan vi komma med hela förskolegruppen?", "Varmt välkomna! Ring biblioteket innan så att vi "
                    + "vet hur många ni blir."),
            new Line("Får man ta med barnvagn in?", "Ja, det går bra. Det finns barnvagnsparkering vid "
                    + "barnavdelningen."),
            new Line("Finns det något liknande för bebisar?", "Ja, babyrytmik och bokstart varannan onsdag kl. 10 "
                    + "i Tumba och Storvreten."),
            new Line("Min dotter är nio, passar det henne?", "Absolut, det passar bra från sju år och uppåt."),
            new Line("Blir det sagostund på somaliska någon gång?", "Ja, i Alby ungefär en gång i månaden. Håll "
                    + "utkik här!"));

    private static final List<Line> EVENT = List.of(
            new Line("Behöver man anmäla sig i förväg?", "Nej, det är bara att komma! Vi har plats för ungefär 60 "
                    + "personer."),
            new Line("Är det gratis?", "Ja, fri entré som alltid på biblioteket. Välkommen!"),
            new Line("Kommer det att filmas? Jag kan tyvärr inte komma.", "Vi filmar inte, men vi skriver en kort "
                    + "rapport på bloggen efteråt."),
            new Line("Finns det hörslinga i lokalen?", "Ja, det finns hörslinga i hörsalen. Säg till så hjälper "
                    + "vi dig att koppla in."),
            new Line("Får man ta med barn?", "Absolut, barn är välkomna tillsammans med en vuxen."),
            new Line("Vilken tid börjar det?", "Vi börjar kl. 18 och håller på ungefär en timme. Dörrarna öppnar "
                    + "17.45."),
            new Line("Går det att köpa böcker på plats och få dem signerade?", "Ja, en bokhandel säljer böcker på "
                    + "plats och det går bra att få dem signerade efteråt."),
            new Line("Är lokalen tillgänglig med rullstol?", "Ja, det finns hiss och ramp vid entrén."),
            new Line("Kan man gå med i bokcirkeln fast man missat första träffen?", "Ja, det går fint! Säg till i "
                    + "disken så får du boken."));

    private static final List<Line> HOURS = List.of(
            new Line("Har ni öppet på lördag?", "Ja, på lördagar har vi öppet 11–15 i Tumba, Fittja och Alby."),
            new Line("Gäller meröppet även på helgdagar?", "Ja, meröppet gäller alla dagar 7–22, även helgdagar."),
            new Line("Hur får man tillgång till meröppet?", "Du behöver lånekort och PIN-kod och skriver på ett "
                    + "avtal i disken en gång. Sedan är det klart!"),
            new Line("Varför har ni stängt just då?", "Vi har personalutbildning hela dagen. Tumba och Alby har "
                    + "öppet som vanligt."),
            new Line("Kan jag lämna tillbaka böcker när det är stängt?", "Ja, det finns en återlämningslucka vid "
                    + "entrén som alltid är öppen."),
            new Line("Gäller de nya tiderna även i sommar?", "Nej, sommartiderna kommer vi att berätta om i god "
                    + "tid."));

    private static final List<Line> BOOKS = List.of(
            new Line("Finns den som e-bok också?", "Ja, den finns i Biblio. Logga in med ditt lånekort så kan du "
                    + "låna den direkt."),
            new Line("Kan man reservera den? Den är utlånad överallt.", "Ja, reservera den i katalogen eller i "
                    + "disken så får du besked när den väntar på ditt bibliotek."),
            new Line("Har ni den på arabiska?", "Vi har den på arabiska i Fittja och Alby. Du kan reservera den "
                    + "till valfritt bibliotek."),
            new Line("Tips på något liknande? Jag har läst allt av henne.", "Prova Lina Wolff eller Johanne Lykke "
                    + "Holm! Fråga gärna i disken så tipsar vi mer."),
            new Line("Kan ni köpa in den nya av Khemiri?", "Den är redan beställd. Du kan reservera den redan nu."),
            new Line("Finns den som ljudbok?", "Ja, som ljudbok i Biblio och som talbok via Legimus om du har rätt "
                    + "till det."),
            new Line("Hur länge får man låna den?", "Lånetiden är 28 dagar, 14 dagar om det är en snabblånsbok."),
            new Line("Har ni fler böcker på persiska?", "Ja, den största samlingen finns i Alby. Vi skickar gärna "
                    + "böcker till ditt bibliotek."));

    private static final List<Line> SERVICE = List.of(
            new Line("Hur gör jag för att skaffa lånekort?", "Kom in med legitimation till valfritt bibliotek så "
                    + "ordnar vi det på några minuter."),
            new Line("Jag har glömt min PIN-kod, vad gör jag?", "Kom till disken med legitimation så får du en ny. "
                    + "Det går också att byta den i appen."),
            new Line("Kan man skriva ut på biblioteket?", "Ja, utskrifter kostar 2 kr per sida. Du kan skriva ut "
                    + "från egen dator också."),
            new Line("Har ni språkcafé fler dagar än tisdag?", "Just nu tisdagar i Hallunda och torsdagar i Alby."),
            new Line("Kan man boka grupprum?", "Ja, grupprum bokas i disken eller på webben, upp till tre timmar "
                    + "åt gången."),
            new Line("Hjälper ni till med BankID?", "Ja, digital hjälp varje torsdag 13–15 i Hallunda. Ingen "
                    + "anmälan."),
            new Line("Behöver läxhjälpen fler volontärer?", "Ja gärna! Kom förbi disken i Alby så berättar vi mer."));

    private static final List<Line> COMPLAINTS = List.of(
            new Line("Varför har ni stängt så tidigt på fredagar? Det är omöjligt för oss som jobbar.", "Tack för "
                    + "synpunkten! Vi ser över öppettiderna inför nästa år och tar med oss den."),
            new Line("Det var jättestökigt i läsesalen i går kväll, svårt att plugga.", "Tråkigt att höra. Vi har "
                    + "pratat med kvällspersonalen och ser över den tysta zonen."),
            new Line("Jag har fått en förseningsavgift fast jag lämnade tillbaka boken i tid.", "Det ska vi reda "
                    + "ut! Skicka ett meddelande med ditt lånekortsnummer så tittar vi på det."),
            new Line("Meröppet-dörren fungerade inte i morse.", "Tack för att du säger till! Felet är anmält och "
                    + "dörren lagad."),
            new Line("Väntetiden på nya deckare är alldeles för lång.", "Vi förstår. Vi har köpt in fler exemplar "
                    + "av de mest reserverade titlarna."));

    private static final List<Line> PRAISE = List.of(
            new Line("Vilken fin kväll, tack!", "Tack själva för att ni kom!"),
            new Line("Så bra initiativ 👏", "Tack! 😊"),
            new Line("Bästa biblioteket!", "Vad glada vi blir, tack!"),
            new Line("Tack för tipset, den var fantastisk!", "Vad roligt att den föll dig i smaken!"),
            new Line("Barnen älskade sagostunden ❤️", "Åh, vad roligt! Välkomna tillbaka."),
            new Line("Toppen, vi ses där!", "Välkommen!"),
            new Line("Personalen är så hjälpsam, tack!", "Tack, vi hälsar till kollegorna!"),
            new Line("Läste den på en helg. Tack för boktipset!", "Härligt att höra!"),
            new Line("Äntligen! Det har vi väntat på.", "Vi med! 😊"),
            new Line("Härligt att ni finns 📚", "Tack för fina ord!"));

    private static final List<Line> FOLLOW_UPS = List.of(
            new Line("Tack för snabbt svar!", "Varsågod!"),
            new Line("Perfekt, då kommer vi!", "Välkomna!"),
            new Line("Tack, då vet jag 👍", "Varsågod!"),
            new Line("Toppen, tack!", "Varsågod! 😊"),
            new Line("Okej, men när vet ni mer?", "Vi skriver här så snart vi vet."));

    private static final List<Line> MENTIONS = List.of(
            new Line("@botkyrkabibl har ni tips på bra fantasy för en 13-åring?", "Testa Nevermoor av Jessica "
                    + "Townsend! Fråga gärna i disken så tipsar vi mer."),
            new Line("Sitter på @botkyrkabibl i Tumba och pluggar, bästa stället i stan", "Lycka till med "
                    + "pluggandet!"),
            new Line("@botkyrkabibl wifi i Alby verkar nere?", "Tack! Vi har felanmält det, det ska vara igång "
                    + "igen under dagen."),
            new Line("Lånade tre böcker på @botkyrkabibl i dag, barnen är överlyckliga", "Så roligt! 📚"),
            new Line("@botkyrkabibl när kommer nästa programblad?", "Programmet kommer i början av varje månad och "
                    + "allt finns på bloggen Evenemang."),
            new Line("@botkyrkabibl går det att låna e-böcker från utlandet?", "Ja, Biblio fungerar var du än är, "
                    + "du loggar bara in med ditt lånekort."),
            new Line("@botkyrkabibl kan man lämna böcker i Tumba som man lånat i Tullinge?", "Ja, du kan lämna "
                    + "tillbaka på vilket av våra bibliotek som helst."));

    private static final List<Line> MESSAGES = List.of(
            new Line("Hej! Jag har hittat en plånbok utanför biblioteket i Hallunda, kan jag lämna den till er?",
                    "Svarade i meddelande: lämna den i disken, vi tar hand om den."),
            new Line("Hej, jag är med i en förening och vill gärna hålla en föreläsning hos er. Vem kontaktar jag?",
                    "Skickade kontaktuppgifter till programansvarig."),
            new Line("Min son glömde sin jacka på barnavdelningen i Tumba i går, har ni hittat den?", "Svarade i "
                    + "meddelande: jackan finns i disken i Tumba."),
            new Line("Kan man låna en bokcirkelkasse till vår bokcirkel på jobbet?", "Svarade i meddelande: ja, "
                    + "beställ i disken, det tar ungefär en vecka."),
            new Line("Hej! Jag har skrivit en bok om Botkyrkas historia. Vill ni ha ett exemplar?", "Tackade och "
                    + "bad om att få den till Tumba för bedömning."));

    private static final List<Line> SPAM = List.of(
            new Line("Tjäna 5 000 kr om dagen hemifrån! Jag gjorde det, klicka här: https://snabba-pengar.example/se",
                    null),
            new Line("Solglasögon 90 % rabatt endast i dag!!! www.billiga-glasogon.example", null));

    private static final List<String> ELSEWHERE_NOTES = List.of("Svarade i direktmeddelande.",
            "Ringde upp och svarade.", "Svarade när hen kom in i disken.", "Besvarat direkt på plattformen.");

    private static final List<String> FIRST_NAMES = List.of("Lisa", "Ahmed", "Maria", "Yusuf", "Emma", "Hassan",
            "Karin", "Mohamed", "Sara", "Ali", "Anna", "Fatima", "Johan", "Amina", "Erik", "Leyla", "Sofia", "Omar",
            "Elin", "Mehmet", "Ida", "Nour", "Peter", "Aisha", "Linnea", "Daniel", "Hanna", "Ibrahim", "Marie",
            "Kerstin", "Zeynep", "Lars", "Noah", "Ingrid", "Samira", "Olle", "Maja", "Tomas", "Rania", "Birgitta");
    private static final List<String> LAST_NAMES = List.of("Andersson", "Yilmaz", "Johansson", "Ali", "Karlsson",
            "Hassan", "Nilsson", "Abdi", "Eriksson", "Lindqvist", "Larsson", "Haddad", "Olsson", "Persson",
            "Warsame", "Berg", "Svensson", "Gustafsson", "Demir", "Holm", "Mohammed", "Ek", "Lundberg", "Saleh",
            "Nyström", "Aziz", "Sjöberg", "Mäkinen", "Öberg", "Korhonen");

    private final ResponseRecorder recorder;
    private final JdbcTemplate jdbc;
    private final Channels channels;
    private final ChannelDuties duties;
    private final People people;
    private final ReplyTexts replyTexts;
    private final ResponseDeadlines deadlines;
    private final WorkingDays workingDays;
    private final java.time.Clock clock;
    private final ZoneId zone;
    private final TransactionTemplate transactions;

    ResponseDemoData(ResponseRecorder recorder, JdbcTemplate jdbc, Channels channels, ChannelDuties duties,
                     People people, ReplyTexts replyTexts, ResponseDeadlines deadlines, WorkingDays workingDays,
                     java.time.Clock clock, RedaktionenProperties properties,
                     PlatformTransactionManager transactionManager) {
        this.recorder = recorder;
        this.jdbc = jdbc;
        this.channels = channels;
        this.duties = duties;
        this.people = people;
        this.replyTexts = replyTexts;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
        this.clock = clock;
        this.zone = properties.timeZone();
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from response", Integer.class);
        if (existing == null || existing > 0) {
            return;
        }
        Instant now = clock.instant();
        long started = System.nanoTime();
        Map<String, ChannelSummary> real = channels.active().stream().filter(c -> REAL_CHANNELS.contains(c.name()))
                .collect(Collectors.toMap(ChannelSummary::name, c -> c));
        List<Pub> pubs = publications(real, now);
        if (pubs.isEmpty() || !real.containsKey(FACEBOOK) || !real.containsKey(TWITTER)) {
            return;
        }
        Random random = new Random(20_260_602L);
        List<Planned> plan = plan(pubs, real, now, random);
        plan.sort(Comparator.comparing((Planned p) -> p.received));
        for (Planned p : plan) {
            ResponseRecorder.Recorded recorded = recorder.record(new ResponseRecorder.Incoming(p.channelId,
                    p.platformId, p.kind, p.inReplyTo, p.parent, p.who.name(), p.channelKind == ChannelKind.TWITTER
                    ? "@" + p.who.handle() : null, p.line.text(), p.received, Response.Source.PLATFORM, null));
            p.id = recorded.response().getId();
            p.assigneeId = recorded.response().getAssigneeId();
        }
        transactions.executeWithoutResult(status -> {
            settle(plan, now, random);
            supervise(plan, now, random);
        });
        Map<Outcome, Long> outcomes = plan.stream().collect(Collectors.groupingBy(p -> p.outcome,
                Collectors.counting()));
        log.info("Seeded demo responses: {} from {} people on {} publications, {}, in {} ms", plan.size(),
                plan.stream().map(p -> p.who).distinct().count(), pubs.size(), outcomes,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** The published posts on the real channels over the period, as the post demo data imported them. */
    private List<Pub> publications(Map<String, ChannelSummary> real, Instant now) {
        if (real.isEmpty()) {
            return List.of();
        }
        Map<Long, ChannelKind> kinds = real.values().stream()
                .collect(Collectors.toMap(ChannelSummary::id, ChannelSummary::kind));
        String ids = kinds.keySet().stream().map(String::valueOf).collect(Collectors.joining(", "));
        return jdbc.query("select channel_id, platform_id, published_at, text from publication "
                        + "where state = 'PUBLISHED' and post_id is not null and platform_id is not null "
                        + "and published_at >= ? and channel_id in (" + ids + ") order by published_at, id",
                (rs, i) -> new Pub(rs.getLong(1), kinds.get(rs.getLong(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), topic(rs.getString(4))),
                Timestamp.from(now.minus(Duration.ofDays(DAYS))));
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

    // --- What arrives ---------------------------------------------------------------------------------

    private List<Planned> plan(List<Pub> pubs, Map<String, ChannelSummary> real, Instant now, Random random) {
        Ids ids = new Ids(random);
        List<Planned> plan = new ArrayList<>();
        double[] weights = new double[pubs.size()];
        double sum = 0;
        for (int i = 0; i < pubs.size(); i++) {
            double base = switch (pubs.get(i).kind()) {
                case FACEBOOK_PAGE -> 1.0;
                case TWITTER -> 0.55;
                default -> 0.45;
            };
            // The latest posts are still being talked about, so the inbox has something fresh.
            double fresh = pubs.get(i).publishedAt().isAfter(now.minus(Duration.ofDays(RECENT_DAYS))) ? 2 : 1;
            weights[i] = base * fresh * (0.35 + 1.3 * random.nextDouble());
            sum += weights[i];
        }
        for (int i = 0; i < pubs.size(); i++) {
            Pub pub = pubs.get(i);
            int count = (int) Math.round(ON_POSTS * weights[i] / sum);
            List<Planned> onThis = new ArrayList<>();
            for (int j = 0; j < count; j++) {
                // Most come within hours of publishing; now and then someone finds an older post.
                double hours = random.nextDouble() < 0.08 ? 24 + random.nextInt(24 * 9)
                        : Math.min(-Math.log(1 - random.nextDouble()) * 9, 24 * 6);
                Instant received = awake(pub.publishedAt().plus(Duration.ofMinutes(3 + (long) (hours * 60))));
                if (received.isAfter(now.minus(Duration.ofMinutes(2)))) {
                    continue;
                }
                Planned p = new Planned();
                p.pub = pub;
                p.channelId = pub.channelId();
                p.channelKind = pub.kind();
                p.received = received;
                double mood = random.nextDouble();
                p.mood = mood < 0.63 ? Mood.QUESTION : mood < 0.92 ? Mood.PRAISE : Mood.COMPLAINT;
                List<Line> lines = switch (p.mood) {
                    case QUESTION -> random.nextDouble() < 0.85 ? lines(pub.topic()) : SERVICE;
                    case PRAISE -> PRAISE;
                    default -> COMPLAINTS;
                };
                // The same words twice under one post would look made up: draw again, a few times.
                p.line = pick(lines, random);
                for (int tries = 0; tries < 4 && said(onThis, p.line); tries++) {
                    p.line = pick(lines, random);
                }
                if (pub.kind() == ChannelKind.TWITTER) {
                    p.kind = random.nextDouble() < 0.65 ? ResponseKind.REPLY : ResponseKind.MENTION;
                    p.inReplyTo = pub.platformId();
                } else if (onThis.stream().anyMatch(o -> o.received.isBefore(received))
                        && random.nextDouble() < 0.12) {
                    // Someone answers another commenter in the thread under the post, one who wrote before.
                    List<Planned> earlier = onThis.stream().filter(o -> o.received.isBefore(received)).toList();
                    p.kind = ResponseKind.REPLY;
                    p.inReplyTo = earlier.get(random.nextInt(earlier.size())).platformId;
                    p.parent = pub.platformId();
                } else {
                    p.kind = ResponseKind.COMMENT;
                    p.inReplyTo = pub.platformId();
                }
                p.platformId = ids.next(pub, received);
                onThis.add(p);
            }
            plan.addAll(onThis);
        }
        ChannelSummary facebook = real.get(FACEBOOK);
        ChannelSummary twitter = real.get(TWITTER);
        Instant start = now.minus(Duration.ofDays(DAYS));
        for (int i = 0; i < 14; i++) {
            Planned p = standalone(twitter, ResponseKind.MENTION, pick(MENTIONS, random), between(start,
                    now.minus(Duration.ofDays(3)), random), ids);
            p.mood = p.line.text().startsWith("@") ? Mood.QUESTION : Mood.PRAISE;
            plan.add(p);
        }
        for (int i = 0; i < 9; i++) {
            ChannelSummary channel = i % 3 == 2 ? twitter : facebook;
            plan.add(standalone(channel, ResponseKind.MESSAGE, pick(MESSAGES, random), between(start,
                    now.minus(Duration.ofDays(3)), random), ids));
        }
        // A message this morning for the page's responsible person, still open.
        Planned circle = standalone(facebook, ResponseKind.MESSAGE, MESSAGES.get(3), now.minus(Duration.ofHours(3)),
                ids);
        circle.planted = true;
        plan.add(circle);
        // Two that came in while nobody was on duty for the channel: the editors hand them out.
        Planned wallet = standalone(facebook, ResponseKind.MESSAGE, MESSAGES.get(0), now.minus(Duration.ofHours(5)),
                ids);
        Planned question = standalone(twitter, ResponseKind.MENTION, MENTIONS.get(6),
                now.minus(Duration.ofHours(26)), ids);
        for (Planned p : List.of(wallet, question)) {
            p.mood = Mood.QUESTION;
            p.unassigned = true;
            p.planted = true;
            plan.add(p);
        }
        spam(plan, pubs, now, random, ids);
        assignPeople(plan, random);
        decide(plan, now, random);
        plan.addAll(followUps(plan, now, random, ids));
        return plan;
    }

    private static boolean said(List<Planned> planned, Line line) {
        return planned.stream().anyMatch(p -> p.line == line);
    }

    private Planned standalone(ChannelSummary channel, ResponseKind kind, Line line, Instant received, Ids ids) {
        Planned p = new Planned();
        p.channelId = channel.id();
        p.channelKind = channel.kind();
        p.kind = kind;
        p.line = line;
        p.mood = Mood.QUESTION;
        Instant woke = awake(received);
        p.received = woke.isBefore(clock.instant().minus(Duration.ofMinutes(2))) ? woke : received;
        p.platformId = ids.next(channel.id(), channel.kind(), kind, p.received);
        return p;
    }

    /** A spam comment on a blog post (removed) and one on the Facebook page (hidden), both a while ago. */
    private void spam(List<Planned> plan, List<Pub> pubs, Instant now, Random random, Ids ids) {
        Instant before = now.minus(Duration.ofDays(30));
        Predicate<Pub> blog = p -> p.kind() == ChannelKind.WORDPRESS_BLOG && p.publishedAt().isBefore(before);
        Predicate<Pub> page = p -> p.kind() == ChannelKind.FACEBOOK_PAGE && p.publishedAt().isBefore(before);
        List<Predicate<Pub>> where = List.of(blog, page);
        for (int i = 0; i < where.size(); i++) {
            List<Pub> candidates = pubs.stream().filter(where.get(i)).toList();
            if (candidates.isEmpty()) {
                continue;
            }
            Pub pub = candidates.get(random.nextInt(candidates.size()));
            Planned p = new Planned();
            p.pub = pub;
            p.channelId = pub.channelId();
            p.channelKind = pub.kind();
            p.kind = ResponseKind.COMMENT;
            p.inReplyTo = pub.platformId();
            p.received = pub.publishedAt().plus(Duration.ofHours(30 + random.nextInt(40)));
            p.platformId = ids.next(pub, p.received);
            p.line = SPAM.get(i);
            p.mood = Mood.SPAM;
            p.who = new Member(i == 0 ? "Snabba Pengar Sverige" : "Glasögon Outlet", "spam" + i);
            p.outcome = i == 0 ? Outcome.REMOVED : Outcome.HIDDEN;
            p.closedAt = p.received.plus(Duration.ofMinutes(90 + random.nextInt(240)));
            p.planted = true;
            plan.add(p);
        }
    }

    /**
     * Everyone writes at least once; beyond that a few regulars write again and again (weights falling
     * with their rank), so there is dialogue rather than a crowd of one-off voices.
     */
    private void assignPeople(List<Planned> plan, Random random) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            String first = FIRST_NAMES.get(i * 7 % FIRST_NAMES.size());
            String last = LAST_NAMES.get(i * 11 % LAST_NAMES.size());
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
        List<Planned> open = plan.stream().filter(p -> p.who == null).toList();
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

    // --- What became of it ----------------------------------------------------------------------------

    /**
     * Older responses were dealt with: praise mostly marked as needing no answer, the rest answered,
     * about one in six after the working day promised. Of the last two weeks' some are still open.
     */
    private void decide(List<Planned> plan, Instant now, Random random) {
        Instant recent = now.minus(Duration.ofDays(RECENT_DAYS));
        for (Planned p : plan) {
            if (p.mood == Mood.SPAM || p.unassigned || p.planted) {
                continue;
            }
            if (p.mood == Mood.PRAISE && random.nextDouble() < 0.7) {
                p.outcome = Outcome.NO_ACTION;
                p.closedAt = workingHours(p.received.plus(Duration.ofMinutes(20 + random.nextInt(600))));
            } else {
                p.outcome = Outcome.ANSWERED;
                boolean late = p.mood != Mood.PRAISE && random.nextDouble() < 0.17;
                p.closedAt = late ? lateAnswer(p.received, random) : answerInTime(p.received, random);
                p.elsewhere = p.kind == ResponseKind.MESSAGE || random.nextDouble() < 0.18;
            }
            double leftOpen = p.received.isAfter(now.minus(Duration.ofHours(30))) ? 0.75
                    : p.received.isAfter(recent) ? 0.25 : 0;
            if (p.closedAt.isAfter(now) || (p.outcome == Outcome.ANSWERED && random.nextDouble() < leftOpen)) {
                p.outcome = Outcome.OPEN;
                p.closedAt = null;
            }
        }
        // A few late ones must be there to show: some overdue, some escalated to the editors.
        Instant overdue = deadlines.overdueIfReceivedBefore(now);
        Instant escalated = deadlines.escalatedIfReceivedBefore(now);
        keepOpen(plan, p -> !p.received.isBefore(escalated) && p.received.isBefore(overdue), 2, random);
        keepOpen(plan, p -> p.received.isBefore(escalated) && p.received.isAfter(recent), 3, random);
    }

    private static void keepOpen(List<Planned> plan, Predicate<Planned> window, int wanted, Random random) {
        long open = plan.stream().filter(p -> p.outcome == Outcome.OPEN && window.test(p)).count();
        List<Planned> candidates = new ArrayList<>(plan.stream().filter(p -> p.outcome == Outcome.ANSWERED
                && !p.planted && p.mood != Mood.PRAISE && window.test(p)).toList());
        Collections.shuffle(candidates, random);
        for (int i = 0; i < wanted - open && i < candidates.size(); i++) {
            candidates.get(i).outcome = Outcome.OPEN;
            candidates.get(i).closedAt = null;
        }
    }

    /** About one in five answered from Redaktionen thanks for the answer; mostly that needs no answer back. */
    private List<Planned> followUps(List<Planned> plan, Instant now, Random random, Ids ids) {
        List<Planned> more = new ArrayList<>();
        for (Planned p : plan) {
            if (p.pub == null || p.outcome != Outcome.ANSWERED || p.elsewhere || p.mood == Mood.PRAISE
                    || random.nextDouble() >= 0.22) {
                continue;
            }
            Planned f = new Planned();
            f.pub = p.pub;
            f.channelId = p.channelId;
            f.channelKind = p.channelKind;
            f.kind = ResponseKind.REPLY;
            f.inReplyTo = p.platformId;
            f.parent = p.pub.platformId();
            f.who = p.who;
            f.mood = Mood.FOLLOW_UP;
            f.line = pick(FOLLOW_UPS, random);
            f.received = p.closedAt.plus(Duration.ofMinutes(5 + random.nextInt(300)));
            if (f.received.isAfter(now.minus(Duration.ofMinutes(2)))) {
                continue;
            }
            f.platformId = ids.next(p.pub, f.received);
            boolean needsAnswer = f.line.text().endsWith("?");
            f.outcome = needsAnswer ? Outcome.ANSWERED : Outcome.NO_ACTION;
            f.closedAt = needsAnswer ? answerInTime(f.received, random)
                    : workingHours(f.received.plus(Duration.ofMinutes(10 + random.nextInt(480))));
            if (f.closedAt.isAfter(now)) {
                f.outcome = Outcome.OPEN;
                f.closedAt = null;
            }
            more.add(f);
        }
        return more;
    }

    /** Writes what became of each response, as the people who handled it left it. */
    private void settle(List<Planned> plan, Instant now, Random random) {
        List<Object[]> answered = new ArrayList<>();
        List<Object[]> noAction = new ArrayList<>();
        List<Object[]> open = new ArrayList<>();
        List<Object[]> unassigned = new ArrayList<>();
        List<Object[]> moderated = new ArrayList<>();
        List<Object[]> records = new ArrayList<>();
        for (Planned p : plan) {
            Timestamp created = ts(p.received.plus(Duration.ofMinutes(1 + random.nextInt(9))));
            Long by = p.assigneeId != null ? p.assigneeId : responsible(p.channelId);
            switch (p.outcome) {
                case ANSWERED -> {
                    String text;
                    if (p.elsewhere) {
                        text = p.kind == ResponseKind.MESSAGE ? p.line.answer()
                                : random.nextDouble() < 0.2 ? null : pick(ELSEWHERE_NOTES, random);
                    } else {
                        text = replyTexts.render(p.channelId, p.line.answer(), by).text();
                    }
                    answered.add(new Object[] {ts(p.closedAt), by, p.elsewhere ? "ELSEWHERE" : "REDAKTIONEN", text,
                            created, ts(p.closedAt), p.id});
                }
                case NO_ACTION -> noAction.add(new Object[] {by, created, ts(p.closedAt), p.id});
                case HIDDEN, REMOVED -> {
                    boolean removed = p.outcome == Outcome.REMOVED;
                    long editor = editorFor(p.channelId);
                    moderated.add(new Object[] {p.outcome.name(), created, ts(p.closedAt), p.id});
                    records.add(new Object[] {p.id, removed ? "REMOVE" : "HIDE", "SPAM",
                            removed ? null : "Reklam för en bluffbutik. Dold på sidan för hand.", editor,
                            ts(p.closedAt), p.line.text(), p.who.name(), null, p.platformId, ts(p.received),
                            removed ? "DONE" : "NOT_POSSIBLE", removed ? null : "NO_API"});
                }
                case OPEN -> {
                    if (p.unassigned) {
                        unassigned.add(new Object[] {created, created, p.id});
                    } else {
                        open.add(new Object[] {created, created, p.id});
                    }
                }
            }
        }
        jdbc.batchUpdate("""
                update response set state = 'ANSWERED', first_answered_at = ?, answered_by = ?, answered_where = ?,
                                    answer_text = ?, created_at = ?, updated_at = ? where id = ?""", answered);
        jdbc.batchUpdate("""
                update response set state = 'NO_ACTION_NEEDED', answered_by = ?, created_at = ?, updated_at = ?
                where id = ?""", noAction);
        jdbc.batchUpdate("update response set created_at = ?, updated_at = ? where id = ?", open);
        jdbc.batchUpdate("""
                update response set state = 'NEW', assignee_id = null, routed_to = 'NOBODY', created_at = ?,
                                    updated_at = ? where id = ?""", unassigned);
        jdbc.batchUpdate("update response set state = ?, created_at = ?, updated_at = ? where id = ?", moderated);
        jdbc.batchUpdate("""
                insert into response_moderation (response_id, action, reason, reason_text, acted_by, acted_at,
                                                 original_text, author_name, author_handle, platform_id, received_at,
                                                 platform_result, platform_detail)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", records);
    }

    /**
     * Each active channel gone through once a week by its responsible person (now and then the deputy),
     * with the number of responses open at that moment; Bloggen Evenemang last ten days ago.
     */
    private void supervise(List<Planned> plan, Instant now, Random random) {
        List<Object[]> rows = new ArrayList<>();
        Instant start = now.minus(Duration.ofDays(DAYS));
        for (ChannelSummary channel : channels.active()) {
            ChannelDuty duty = duties.of(channel.id()).orElse(null);
            Long responsible = duty == null ? null : duty.responsibleId();
            Long deputy = duty == null ? null : duty.deputyId();
            Long fallback = editorFor(channel.id());
            Instant at = channel.name().equals(UNSUPERVISED)
                    ? morning(now.minus(Duration.ofDays(10)), random)
                    : morning(now.minus(Duration.ofDays(1 + random.nextInt(4))), random);
            while (at.isAfter(start)) {
                Long by = deputy != null && random.nextDouble() < 0.2 ? deputy : responsible;
                Instant moment = at;
                long openThen = plan.stream().filter(p -> p.channelId == channel.id() && !p.received.isAfter(moment)
                        && (p.closedAt == null || p.closedAt.isAfter(moment))).count();
                rows.add(new Object[] {channel.id(), by != null ? by : fallback, ts(at), (int) openThen});
                at = morning(at.minus(Duration.ofDays(6 + random.nextInt(3))), random);
            }
        }
        jdbc.batchUpdate("insert into supervision (channel_id, supervised_by, supervised_at, open_count) "
                + "values (?, ?, ?, ?)", rows);
    }

    // --- Times --------------------------------------------------------------------------------------

    /** Answered by the deadline: mostly within a few hours, now and then the next working day. */
    private Instant answerInTime(Instant received, Random random) {
        Instant due = deadlines.answerBy(received).minus(Duration.ofMinutes(5));
        double r = random.nextDouble();
        long span = Math.max(20, Duration.between(received, due).toMinutes());
        long minutes = r < 0.6 ? 15 + random.nextInt(165) : r < 0.85 ? 180 + random.nextInt(540)
                : (long) (span * (0.5 + 0.5 * random.nextDouble()));
        Instant answer = received.plus(Duration.ofMinutes(Math.min(minutes, span)));
        Instant shifted = workingHours(answer);
        return shifted.isAfter(due) ? (answer.isAfter(due) ? due : answer) : shifted;
    }

    /** Answered after the deadline: from an hour to about two working days too late. */
    private Instant lateAnswer(Instant received, Random random) {
        Instant due = deadlines.answerBy(received);
        return workingHours(due.plus(Duration.ofMinutes(60 + random.nextInt(60 * 40))));
    }

    /** The same moment if it falls on a working day between 8 and 19 o'clock, else the next such morning. */
    private Instant workingHours(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (workingDays.isWorkingDay(local.toLocalDate()) && !time.isBefore(LocalTime.of(8, 0))
                && time.isBefore(LocalTime.of(19, 0))) {
            return at;
        }
        java.time.LocalDate day = time.isBefore(LocalTime.of(8, 0)) && workingDays.isWorkingDay(local.toLocalDate())
                ? local.toLocalDate() : workingDays.nextWorkingDay(local.toLocalDate());
        return day.atTime(8, 5 + local.getMinute() % 50).atZone(zone).toInstant();
    }

    /** People write when they are awake: a time between midnight and seven moves to the morning. */
    private Instant awake(Instant at) {
        int hour = at.atZone(zone).getHour();
        return hour < 7 ? at.plus(Duration.ofHours(7)) : at;
    }

    private Instant morning(Instant day, Random random) {
        return day.atZone(zone).toLocalDate().atTime(8 + random.nextInt(3), random.nextInt(60)).atZone(zone)
                .toInstant();
    }

    private static Instant between(Instant from, Instant to, Random random) {
        return from.plusSeconds((long) (random.nextDouble() * Duration.between(from, to).getSeconds()));
    }

    // --- Helpers ------------------------------------------------------------------------------------

    private Long responsible(long channelId) {
        return duties.of(channelId).map(ChannelDuty::responsibleId).orElse(null);
    }

    /** The channel's responsible person if an editor, else the demo editor. */
    private long editorFor(long channelId) {
        Long responsible = responsible(channelId);
        if (responsible != null && people.findById(responsible).map(PersonSummary::role)
                .filter(r -> r != se.redaktionen.organisation.Role.STAFF).isPresent()) {
            return responsible;
        }
        return people.findByUsername("demo-editor").orElseThrow().id();
    }

    private static List<Line> lines(Topic topic) {
        return switch (topic) {
            case CHILDREN -> CHILDREN;
            case EVENT -> EVENT;
            case HOURS -> HOURS;
            case BOOKS -> BOOKS;
            case SERVICE -> SERVICE;
        };
    }

    private static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }

    private static String ascii(String name) {
        return name.toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o');
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** Platform ids in each platform's own shape, unique per channel. */
    private static final class Ids {
        private final Random random;
        private final Map<Long, Set<String>> used = new HashMap<>();
        private final Map<Long, Long> blogComments = new HashMap<>();

        Ids(Random random) {
            this.random = random;
        }

        String next(Pub pub, Instant at) {
            if (pub.kind() == ChannelKind.FACEBOOK_PAGE) {
                String post = pub.platformId().substring(pub.platformId().indexOf('_') + 1);
                return unique(pub.channelId(), () -> post + "_" + (1_000_000_000_000_000L
                        + (long) (random.nextDouble() * 8_999_999_999_999_999L)));
            }
            return next(pub.channelId(), pub.kind(), ResponseKind.COMMENT, at);
        }

        String next(long channelId, ChannelKind kind, ResponseKind responseKind, Instant at) {
            return switch (kind) {
                case FACEBOOK_PAGE -> unique(channelId, () -> responseKind == ResponseKind.MESSAGE
                        ? "m_" + Long.toString(Math.abs(random.nextLong()), 36) + Long.toString(
                                Math.abs(random.nextLong()), 36)
                        : Long.toString(1_000_000_000_000_000L + (long) (random.nextDouble() * 8_999_999_999_999_999L)));
                case TWITTER -> unique(channelId, () -> Long.toString(((at.toEpochMilli() - TWITTER_EPOCH) << 22)
                        | random.nextInt(1 << 22)));
                default -> unique(channelId, () -> Long.toString(blogComments.merge(channelId,
                        18_000L + 1_000L * blogComments.size(), (a, b) -> a + 1 + random.nextInt(3))));
            };
        }

        private String unique(long channelId, java.util.function.Supplier<String> id) {
            Set<String> taken = used.computeIfAbsent(channelId, c -> new HashSet<>());
            String candidate = id.get();
            while (!taken.add(candidate)) {
                candidate = id.get();
            }
            return candidate;
        }
    }
}
