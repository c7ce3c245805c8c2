package se.redaktionen.post.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.SenderDetails;
import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.post.PostState;
import se.redaktionen.publishing.PublicationRequest;
import se.redaktionen.publishing.Publications;

/**
 * A handful of demo posts in the states of the review workflow, with their history, seeded once; and
 * half a year of published posts on the library's real channels before them, from many senders, each
 * drafted, submitted, approved by another editor and published, its publications imported as history
 * (nothing is sent), so that responses and figures have something to refer to.
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
        seedHistory();
        long staff = person("demo-staff");
        long leila = person("leila.karimi");
        long editor = person("demo-editor");
        long anna = person("anna.lind");
        Instant now = clock.instant();

        // Each post is created a while before the first step of its history.
        seed(staff, "Ny bokcirkel i Fittja", "Vi startar en bokcirkel för vuxna. Första träffen läser vi "
                + "Jonas Hassen Khemiri. Anmäl dig i informationsdisken! #BokcirkelFittja", null,
                List.of(ChannelKind.FACEBOOK_PAGE, ChannelKind.TWITTER), daysAhead(9, 14),
                now.minus(Duration.ofHours(2)));
        Post submitted = seed(staff, null, "Sagostund på arabiska och svenska varje lördag kl. 11 i Fittja. "
                + "Välkomna! #Sagostund", null, List.of(ChannelKind.FACEBOOK_PAGE), null,
                now.minus(Duration.ofHours(21)));
        move(submitted, PostState.SUBMITTED, staff, null, now.minus(Duration.ofHours(20)));
        Post changes = seed(leila, "Läxhjälp i Alby", "Läxhjälp varje tisdag och torsdag. Läs mer på "
                + "http://bibliotek.botkyrka.se/laxhjalp", null, List.of(ChannelKind.WORDPRESS_BLOG), null,
                now.minus(Duration.ofDays(2)).minus(Duration.ofHours(1)));
        move(changes, PostState.SUBMITTED, leila, null, now.minus(Duration.ofDays(2)));
        move(changes, PostState.CHANGES_REQUESTED, editor, "Använd https-länken och skriv ut tiderna, tack!",
                now.minus(Duration.ofDays(1)));
        comments.save(new PostComment(changes.getId(), leila, "Vilka tider gäller under lovet?",
                now.minus(Duration.ofHours(22))));
        Post approved = seedOn(staff, "Författarbesök i Tumba", "Den 12 december kommer Johannes Anyuru till "
                + "Tumba bibliotek. Fri entré.", "https://bibliotek.botkyrka.se/evenemang",
                List.of("Övning: Facebook", "Övning: blogg"), daysAhead(5, 10),
                now.minus(Duration.ofDays(3)).minus(Duration.ofHours(2)));
        move(approved, PostState.SUBMITTED, staff, null, now.minus(Duration.ofDays(3)));
        move(approved, PostState.APPROVED, anna, null, now.minus(Duration.ofDays(2)));
        schedulePublications(approved);
        Post dueNow = seedOn(leila, null, "Nu kan du låna e-böcker i appen Biblio med ditt lånekort. "
                + "Fråga oss om du vill ha hjälp att komma igång! #Bibliotek", null, List.of("Övning: X"), null,
                now.minus(Duration.ofHours(4)));
        move(dueNow, PostState.SUBMITTED, leila, null, now.minus(Duration.ofHours(3)));
        move(dueNow, PostState.APPROVED, editor, null, now.minus(Duration.ofHours(1)));
        schedulePublications(dueNow);
        Post rejected = seed(leila, null, "Vi säljer ut gamla böcker – kom och fynda!", null,
                List.of(ChannelKind.TWITTER), null, now.minus(Duration.ofDays(6)).minus(Duration.ofHours(1)));
        move(rejected, PostState.SUBMITTED, leila, null, now.minus(Duration.ofDays(6)));
        move(rejected, PostState.REJECTED, editor, "Bokrean annonseras av kommunen centralt i år.",
                now.minus(Duration.ofDays(5)));
        Post withdrawn = seed(staff, null, "Stängt på grund av strömavbrott.", null,
                List.of(ChannelKind.TWITTER), null, now.minus(Duration.ofDays(4)).minus(Duration.ofMinutes(30)));
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
                      Instant scheduledAt, Instant created) {
        SenderDetails sender = people.senderDetails(author).orElseThrow();
        List<ChannelText> texts = kinds.stream()
                .map(kind -> channels.active().stream().filter(c -> c.kind() == kind).findFirst().orElseThrow())
                .map((ChannelSummary c) -> ChannelRendering.render(c, title, body, link, sender))
                .toList();
        Post post = new Post(author, created);
        post.write(title, body, link, author, scheduledAt, texts, created);
        return posts.save(post);
    }

    /** Approved demo posts go to the practice channels, so the newcomer sees them published on the timelines. */
    private Post seedOn(long author, String title, String body, String link, List<String> channelNames,
                        Instant scheduledAt, Instant created) {
        SenderDetails sender = people.senderDetails(author).orElseThrow();
        List<ChannelText> texts = channelNames.stream()
                .map(name -> channels.active().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow())
                .map((ChannelSummary c) -> ChannelRendering.render(c, title, body, link, sender))
                .toList();
        Post post = new Post(author, created);
        post.write(title, body, link, author, scheduledAt, texts, created);
        return posts.save(post);
    }

    private void schedulePublications(Post post) {
        publications.schedule(post.getId(), post.getScheduledAt(), post.getChannels().stream()
                .map(t -> new PublicationRequest(t.getChannelId(), post.getTitle(), t.getRenderedText(),
                        post.getLink()))
                .toList());
    }

    private void move(Post post, PostState next, Long actor, String comment, Instant at) {
        transitions.save(post.moveTo(next, actor, comment, at));
    }

    // --- Half a year of published posts -------------------------------------------------------------

    /**
     * A post published before today: its channels as letters (F Facebook, X the X account, T Bloggen
     * Boktips, K Bloggen Barn och unga, E Bloggen Evenemang), its sender, its author when an editor wrote
     * it on the sender's behalf, and its text. Listed oldest first.
     */
    private record History(String channels, String sender, String author, String title, String body, String link) {

        History(String channels, String sender, String body) {
            this(channels, sender, null, null, body, null);
        }
    }

    private static final String EVENTS = "https://bibliotek.botkyrka.se/evenemang";
    private static final Map<Character, String> CHANNELS = Map.of('F', "Facebook: Botkyrka bibliotek",
            'X', "Twitter/X: @botkyrkabibl", 'T', "Bloggen Boktips", 'K', "Bloggen Barn och unga",
            'E', "Bloggen Evenemang");
    private static final List<String> EDITORS = List.of("demo-editor", "anna.lind", "omar.haddad", "sara.nilsson",
            "johan.berg");
    /** The page id in the demo page's post ids ({@code <page>_<post>}, as the Graph API gives them). */
    private static final String FACEBOOK_PAGE_ID = "104858742236417";
    private static final long TWITTER_EPOCH = 1_288_834_974_657L;

    private static final List<History> HISTORY = List.of(
            new History("FX", "demo-staff", "På lördag kl. 11 är det sagostund i Fittja – på svenska och arabiska. "
                    + "Ingen anmälan, bara att komma! #Sagostund"),
            new History("T", "anna.lind", null, "Fem romaner vi inte kan sluta prata om", "Personalen i Fittja har "
                    + "valt fem romaner som vi tipsar om vid disken hela tiden: Systrarna av Jonas Hassen Khemiri, "
                    + "De polyglotta älskarna av Lina Wolff, De kommer att drunkna i sina mödrars tårar av Johannes "
                    + "Anyuru, Osebol av Marit Kapla och Eufori av Elin Cullhed. Alla finns att låna, flera även som "
                    + "e-bok och ljudbok i Biblio.", null),
            new History("F", "leila.karimi", "Läxhjälp i Alby varje tisdag och torsdag kl. 15–17. Frivilliga "
                    + "studenter hjälper till med matte, svenska och engelska. Ingen anmälan. #Läxhjälp"),
            new History("FX", "omar.haddad", "Språkcafé i Hallunda i dag kl. 17. Öva svenska över en kopp kaffe – "
                    + "alla nivåer är välkomna! #Språkcafé"),
            new History("E", "johan.berg", null, "Författarsamtal med Johannes Anyuru i Tumba", "Johannes Anyuru "
                    + "kommer till Tumba bibliotek och samtalar om sitt författarskap, från debuten till den "
                    + "senaste romanen. Samtalet leds av Anna Lind. Fri entré, ingen föranmälan. Dörrarna öppnar "
                    + "17.45.", EVENTS),
            new History("F", "johan.berg", null, null, "I kväll kl. 18: författarsamtal med Johannes Anyuru i "
                    + "Tumba bibliotek. Fri entré – välkommen!", EVENTS),
            new History("X", "sara.nilsson", "Meröppet i Storvreten: nu kan du låna och lämna 7–22 alla dagar, "
                    + "även när personalen gått hem. Fråga i disken hur du kommer igång! #Meröppet"),
            new History("K", "sara.nilsson", null, "Lättlästa böcker för nya läsare", "Ditt barn har precis "
                    + "knäckt läskoden – vad ska hen läsa nu? Vi har samlat lättlästa serier som Lassemajas "
                    + "detektivbyrå och Sune på en egen hylla i barnavdelningen i Storvreten. Fråga oss gärna om "
                    + "tips för just ditt barn!", null),
            new History("F", "ahmed.yusuf", "sara.nilsson", null, "Babyrytmik i Storvreten på onsdag kl. 10! "
                    + "Sånger, ramsor och rörelse för de allra minsta, 0–18 månader. #Babyrytmik", null),
            new History("FX", "niklas.falk", "Bokcirkeln i Tumba startar om! Vi träffas första tisdagen i månaden "
                    + "kl. 18 och första boken är Osebol av Marit Kapla. Anmäl dig i disken. #Bokcirkel"),
            new History("F", "maria.svensson", "Tullinge bibliotek har stängt på måndag på grund av "
                    + "personalutbildning. Meröppet fungerar som vanligt 7–22, och Tumba har öppet hela dagen."),
            new History("X", "demo-editor", "Nytt i Biblio: hundratals nya e-böcker och ljudböcker på svenska, "
                    + "arabiska och somaliska. Logga in med ditt lånekort! #Biblio"),
            new History("F", "karin.ek", "Pyssel i Tullinge på lördag: vi gör bokmärken och egna små böcker. För "
                    + "barn 5–10 år, kl. 12–14. Allt material finns på plats."),
            new History("T", "leila.karimi", null, "Deckare på arabiska och persiska", "Vi har fyllt på med "
                    + "deckare och spänning på arabiska och persiska i Alby. Bland nyheterna finns översättningar "
                    + "av Camilla Läckberg och Jens Lapidus. Fråga personalen om du vill reservera – vi skickar "
                    + "böckerna till det bibliotek du vill.", null),
            new History("FX", "erik.holm", "Digital hjälp i Hallunda på torsdag kl. 13–15: vi hjälper dig med "
                    + "BankID, 1177, e-post och mobilen. Ingen anmälan. #DigitalHjälp"),
            new History("EF", "johan.berg", null, "Poesikväll med öppen scen", "Välkommen till en kväll med poesi "
                    + "på flera språk i Fittja bibliotek. Först läser tre unga poeter från Botkyrka, sedan är "
                    + "scenen öppen för dig som vill läsa egna eller andras dikter. Anmäl dig till öppna scenen på "
                    + "plats. Fri entré.", EVENTS),
            new History("F", "anna.lind", "Veckans boktips från Fittja: Eufori av Elin Cullhed, en roman om Sylvia "
                    + "Plaths sista år. Finns att låna som bok, e-bok och ljudbok. #Boktips"),
            new History("X", "omar.haddad", "Påminnelse: språkcaféet i Hallunda är i dag kl. 17. Välkommen att "
                    + "prata svenska med oss! #Språkcafé"),
            new History("K", "sara.nilsson", null, "Sagostunder hela terminen", "Varje lördag kl. 11 är det "
                    + "sagostund i Fittja, Alby och Storvreten. I Fittja läser vi på både svenska och arabiska, i "
                    + "Alby ibland på somaliska. Sagostunderna passar barn från tre år. Ingen anmälan – kom i tid "
                    + "så får ni de bästa platserna på kuddarna!", null),
            new History("FX", "demo-staff", "Nu finns ett mangahörna i Fittja! Över 300 volymer, från One Piece "
                    + "till Spy x Family. Välkommen in och läs! #Manga"),
            new History("F", "johan.berg", "Tumba bibliotek fyller 50 år! Vi firar med tårta, musik och "
                    + "bokbytardag på lördag kl. 11–15. Välkommen att fira med oss!"),
            new History("X", "leila.karimi", "Läxhjälpen i Alby är igång igen i dag kl. 15. Matte, svenska, "
                    + "engelska – våra volontärer finns på plats. #Läxhjälp"),
            new History("F", "sara.nilsson", "Visste du att du kan låna en bokcirkelkasse med tio exemplar av samma "
                    + "bok? Perfekt för din läsecirkel. Fråga i disken i Storvreten!"),
            new History("E", "johan.berg", null, "Föreläsning: Botkyrkas historia i bilder", "Hembygdsföreningen "
                    + "visar bilder från Botkyrka under 1900-talet: från Tumba bruk till miljonprogrammet i Alby "
                    + "och Fittja. Föreläsningen är ungefär en timme och hålls i hörsalen i Tumba bibliotek. Fri "
                    + "entré.", EVENTS),
            new History("FX", "maria.svensson", "Meröppet i Tullinge: dörren öppnas med lånekort och PIN-kod 7–22 "
                    + "alla dagar. Skriv på avtalet i disken så är du igång. #Meröppet"),
            new History("F", "erik.holm", "demo-editor", null, "Hallunda bibliotek har fått nya datorer för "
                    + "allmänheten. Boka en dator i disken eller kom förbi – de är lediga för det mesta på "
                    + "förmiddagarna.", null),
            new History("T", "anna.lind", null, "Tre ljudböcker för långa promenader", "Ljudboken är bästa "
                    + "sällskapet på en lång promenad. Vi tipsar om Osebol av Marit Kapla, uppläst av bygdens egna "
                    + "röster, Systrarna av Jonas Hassen Khemiri och Den svavelgula himlen av Kjell Westö. Alla "
                    + "finns i Biblio.", null),
            new History("X", "niklas.falk", "Bokbytardag i Tumba på lördag! Ta med böcker du läst och byt mot "
                    + "nya. Kl. 11–15 i entréhallen. #Bokbyte"),
            new History("F", "karin.ek", "Lovprogram i Tullinge: film, pyssel och tipspromenad hela veckan. Hela "
                    + "programmet finns i disken och på bloggen Barn och unga."),
            new History("K", "sara.nilsson", null, "Bokstart: böcker för de allra minsta", "Det är aldrig för "
                    + "tidigt att läsa för sitt barn. Genom Bokstart får nyfödda i Botkyrka en bokgåva och en "
                    + "inbjudan till träffar på biblioteket. Vi visar pekböcker, sjunger ramsor och tipsar om hur "
                    + "ni kan läsa tillsammans hemma.", null),
            new History("FX", "omar.haddad", "Schackklubben i Hallunda träffas varje fredag kl. 16. Nybörjare och "
                    + "rutinerade spelare – alla är välkomna, vi har brädor på plats. #Schack"),
            new History("F", "leila.karimi", "Alby bibliotek har öppet som vanligt i helgen, lördag 11–15. "
                    + "Välkommen in och låna, plugga eller bara läs tidningen!"),
            new History("EF", "johan.berg", null, "Konsert: visor från hela världen", "Kulturskolans elever "
                    + "spelar och sjunger visor från Syrien, Somalia, Finland och Sverige i Alby bibliotek. Ett "
                    + "samarbete med Botkyrka kulturskola. Fri entré, ingen anmälan.", EVENTS),
            new History("X", "demo-staff", "Tack alla som kom på sagostunden i Fittja i dag! Över 40 barn och "
                    + "föräldrar. Vi ses nästa lördag kl. 11. #Sagostund"),
            new History("F", "anna.lind", "Boktips: Osebol av Marit Kapla. En hel by berättar om sina liv – en av "
                    + "de finaste böcker vi läst. Finns som bok och ljudbok. #Boktips"),
            new History("FX", "sara.nilsson", "Storvretens bibliotek har stängt på måndag förmiddag på grund av "
                    + "ett elavbrott i huset. Vi öppnar kl. 13."),
            new History("T", "leila.karimi", null, "Lättläst på svenska för dig som lär dig språket", "Vi har "
                    + "köpt in nya lättlästa romaner och tidningen 8 Sidor finns alltid i tidningshyllan. "
                    + "Böckerna passar dig som läser SFI eller vill komma in i svenskan. Fråga gärna personalen i "
                    + "Alby om tips på rätt nivå.", null),
            new History("F", "ahmed.yusuf", "Spelkväll för unga i Storvreten på fredag kl. 17–20! Brädspel, "
                    + "Switch och pizza. För dig som är 12–18 år. #Spelkväll"),
            new History("X", "johan.berg", "I kväll kl. 18 i Tumba: föreläsning om Botkyrkas historia i bilder. "
                    + "Fri entré! #Botkyrka"),
            new History("F", "maria.svensson", "Nya böcker på plats i Tullinge! Vi har fått in de senaste "
                    + "deckarna, flera nya biografier och en hel låda bilderböcker. Välkommen in och låna."),
            new History("KF", "sara.nilsson", null, "Skrivarverkstad för unga", "Är du mellan 10 och 15 år och "
                    + "gillar att skriva? Följ med på skrivarverkstad i Storvreten fyra onsdagar i rad. Vi skriver "
                    + "noveller, serier och dikter tillsammans med en författare från Botkyrka. Anmälan i disken.",
                    null),
            new History("FX", "erik.holm", "Språkcafé på arabiska och svenska i Hallunda på tisdag kl. 17. Öva "
                    + "svenska, hjälp andra med arabiska! #Språkcafé"),
            new History("F", "demo-staff", "anna.lind", null, "Fittja bibliotek har fått en ny tyst läsesal på "
                    + "övervåningen: 20 platser med eluttag, öppen under hela bibliotekets öppettid.", null),
            new History("X", "omar.haddad", "Visste du att du kan låna e-böcker i Biblio var du än är i världen? "
                    + "Logga in med lånekort och PIN-kod. #Biblio"),
            new History("E", "johan.berg", null, "Bokcirkel för dig som vill läsa klassiker", "En ny bokcirkel i "
                    + "Tumba läser en klassiker i månaden. Vi börjar med Hjalmar Söderbergs Doktor Glas och träffas "
                    + "sista torsdagen i månaden kl. 18. Anmäl dig i disken – högst 12 deltagare.", EVENTS),
            new History("F", "karin.ek", "Tipspromenad för hela familjen runt Tullinge bibliotek på lördag. Hämta "
                    + "frågorna i disken kl. 11–14. Fina priser till alla barn!"),
            new History("FX", "demo-staff", "Nu kan du lämna inköpsförslag direkt i katalogen. Saknar du en bok? "
                    + "Tipsa oss så köper vi in den om vi kan! #Inköpsförslag"),
            new History("T", "anna.lind", null, "Personalens favoriter: noveller", "Noveller passar när tiden är "
                    + "knapp. Just nu tipsar vi om noveller av Alice Munro, Stig Dagerman och Selma Lagerlöf – "
                    + "alla finns på hyllan i Fittja och flera som e-bok.", null),
            new History("F", "sara.nilsson", "Vi söker frivilliga till läxhjälpen i Storvreten! Har du några "
                    + "timmar i veckan och gillar matte eller svenska? Hör av dig till oss i disken."),
            new History("X", "niklas.falk", "Återlämningsautomaten i Tumba är lagad och fungerar igen. Tack för "
                    + "ert tålamod!"),
            new History("F", "omar.haddad", "Filmvisning för barn i Hallunda bibliotek på söndag kl. 13. Popcorn "
                    + "ingår! Filmen passar barn från sju år."),
            new History("K", "sara.nilsson", null, "Läsutmaning: läs fem böcker", "Nu startar vår läsutmaning för "
                    + "barn 6–12 år: läs fem böcker, berätta om dem för oss i disken och få ett diplom och en bok "
                    + "att behålla. Gäller på alla bibliotek i Botkyrka.", null),
            new History("FX", "leila.karimi", "Skrivarcirkel för kvinnor i Alby startar på onsdag kl. 13. Vi "
                    + "skriver tillsammans på svenska, alla nivåer välkomna. Barnpassning finns. #Skrivarcirkel"),
            new History("EF", "johan.berg", null, "Quizkväll på biblioteket", "Testa dina kunskaper om böcker, film "
                    + "och Botkyrka! Quizkväll i Tumba bibliotek på fredag kl. 18. Lag på 2–5 personer, anmälan i "
                    + "disken. Vinnarlaget får presentkort på bokhandeln.", EVENTS),
            new History("F", "demo-editor", "Alby bibliotek har nya öppettider från och med nästa månad: "
                    + "måndag–torsdag 10–19, fredag 10–17 och lördag 11–15."),
            new History("X", "sara.nilsson", "Babyrytmik i Storvreten på onsdag kl. 10. Välkomna alla bebisar och "
                    + "föräldrar! #Babyrytmik"),
            new History("F", "maria.svensson", "Boktips från Tullinge: Doktor Glas av Hjalmar Söderberg. Kort, mörk "
                    + "och helt modern fast den är över hundra år gammal. #Boktips"),
            new History("T", "anna.lind", null, "Nya svenska romaner på hyllan", "Vi har fått in en hel låda nya "
                    + "svenska romaner i Fittja. Kom förbi nyhetshyllan vid entrén eller reservera direkt i "
                    + "katalogen – flera finns också som e-bok.", null),
            new History("FX", "johan.berg", "Författarbesök i Tumba nästa torsdag kl. 18! Mer information kommer "
                    + "på bloggen Evenemang. #Författarbesök"),
            new History("F", "demo-staff", "Sagostund på lördag i Fittja kl. 11, på svenska och arabiska. Den här "
                    + "gången läser vi om Alfons Åberg! #Sagostund"));

    /**
     * Each post drafted one to four days before it was published, submitted and approved by an editor
     * who is neither its author nor its sender, published on every channel at its scheduled time.
     * Seeded: every empty database gets the same posts at the same distance from today.
     */
    private void seedHistory() {
        Random random = new Random(20_260_601L);
        ZoneId zone = properties.timeZone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Map<Character, ChannelSummary> targets = new HashMap<>();
        Map<Long, String> handles = new HashMap<>();
        CHANNELS.forEach((letter, name) -> channels.active().stream().filter(c -> c.name().equals(name)).findFirst()
                .ifPresent(c -> {
                    targets.put(letter, c);
                    handles.put(c.id(), channels.account(c.id()).map(ChannelAccount::handle).orElse(null));
                }));
        Map<Long, Long> blogPostIds = new HashMap<>();
        Map<String, Long> ids = new HashMap<>();
        for (int i = 0; i < HISTORY.size(); i++) {
            History h = HISTORY.get(i);
            List<ChannelSummary> on = h.channels().chars().mapToObj(c -> targets.get((char) c))
                    .filter(java.util.Objects::nonNull).toList();
            if (on.isEmpty()) {
                continue;
            }
            long sender = ids.computeIfAbsent(h.sender(), this::person);
            long author = h.author() == null ? sender : ids.computeIfAbsent(h.author(), this::person);
            List<Long> approvers = EDITORS.stream().map(e -> ids.computeIfAbsent(e, this::person))
                    .filter(id -> id != sender && id != author).toList();
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

            SenderDetails details = people.senderDetails(sender).orElseThrow();
            List<ChannelText> texts = on.stream()
                    .map(c -> ChannelRendering.render(c, h.title(), h.body(), h.link(), details)).toList();
            Post post = new Post(author, created);
            post.write(h.title(), h.body(), h.link(), sender, publishedAt, texts, created);
            post = posts.save(post);
            move(post, PostState.SUBMITTED, author, null, submitted);
            move(post, PostState.APPROVED, approver, null, approved);
            for (ChannelText text : post.getChannels()) {
                ChannelSummary channel = on.stream().filter(c -> c.id() == text.getChannelId()).findFirst()
                        .orElseThrow();
                String handle = handles.get(channel.id());
                String platformId;
                String url;
                switch (channel.kind()) {
                    case FACEBOOK_PAGE -> {
                        long id = 100_000_000_000_000L + (long) (random.nextDouble() * 899_999_999_999_999L);
                        platformId = FACEBOOK_PAGE_ID + "_" + id;
                        url = "https://www.facebook.com/" + (handle == null ? FACEBOOK_PAGE_ID : handle) + "/posts/"
                                + id;
                    }
                    case TWITTER -> {
                        long id = ((publishedAt.toEpochMilli() - TWITTER_EPOCH) << 22) | random.nextInt(1 << 22);
                        platformId = Long.toString(id);
                        url = "https://x.com/" + (handle == null ? "i" : handle.replace("@", "")) + "/status/" + id;
                    }
                    default -> {
                        long id = blogPostIds.merge(channel.id(), 1400L + 97 * blogPostIds.size(), (a, b) -> a + 1);
                        platformId = Long.toString(id);
                        url = (handle == null ? "https://blogg.example" : handle) + "/"
                                + day.toString().replace('-', '/') + "/" + slug(h.title() == null ? "inlagg-" + id
                                : h.title()) + "/";
                    }
                }
                publications.importPublished(post.getId(), channel.id(), post.getTitle(), text.getRenderedText(),
                        post.getLink(), publishedAt, platformId, url);
            }
            move(post, PostState.PUBLISHED, null, null, publishedAt);
        }
    }

    /** A WordPress-like slug: lower case, å ä ö as a a o, everything else but letters and digits as dashes. */
    static String slug(String title) {
        String plain = title.toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
                .replace('é', 'e');
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }
}
