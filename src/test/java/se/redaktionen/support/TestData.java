package se.redaktionen.support;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import se.redaktionen.channel.internal.ChannelTestData.NewChannel;
import se.redaktionen.channel.Channels;
import se.redaktionen.channel.internal.ChannelTestData;
import se.redaktionen.guideline.internal.GuidelineTestData;
import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.Role;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.organisation.StaffUserDetailsService;
import se.redaktionen.organisation.internal.OrganisationTestData;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.post.internal.PostTestData;
import se.redaktionen.publishing.PublicationView;
import se.redaktionen.publishing.Publications;
import se.redaktionen.response.internal.ResponseTestData;

/**
 * Branches, people, channels, posts and responses of one test's own, made through each module's own
 * write path (the services its pages use), so that a test depends on nothing the demo seeds and tests
 * sharing the run's database never meet: every name is new. Imported by {@link PostgresTest} and
 * {@link PostgresServerTest}; autowire it.
 */
public class TestData {

    /** Everyone made here has this password, for tests that log in or use HTTP Basic. */
    public static final String PASSWORD = "test-password-1";

    /** How Facebook pages sign (the demo's too): the sender's signature below the text. */
    public static final String SIGNED_BELOW = "\\n\\n{signature}";
    /** How X accounts sign (the demo's too): first name and branch on the same line. */
    public static final String SIGNED_ON_THE_LINE = " /{firstName}, {branch}";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ApplicationContext context;
    private final TransactionTemplate transaction;
    private String passwordHash;
    private BranchSummary home;

    public TestData(ApplicationContext context, PlatformTransactionManager transactions) {
        this.context = context;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** MockMvc acting as this person, as if signed in: the one way tests choose who is asking. */
    public static RequestPostProcessor as(StaffUser person) {
        return user(person);
    }

    /** The API called by this person with their password over HTTP Basic, as a script or integration would. */
    public static RequestPostProcessor basic(StaffUser person) {
        return httpBasic(person.getUsername(), PASSWORD);
    }

    /**
     * Someone who is nowhere in a database, for slice tests ({@code @WebMvcTest}) that have none: the
     * principal the login would give a person with this id and role.
     */
    public static StaffUser principal(long personId, Role role) {
        return new StaffUser(personId, "slice-" + personId, "{noop}" + PASSWORD, "Test Person", role, true, false,
                Locale.forLanguageTag("sv"));
    }

    /** A name nobody has used in this run, starting with {@code prefix}. */
    public static String unique(String prefix) {
        return prefix + "-" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    public BranchSummary branch() {
        int n = SEQUENCE.incrementAndGet();
        return inTransaction(() -> OrganisationTestData.branch(context, unique("Filial"), "T" + n));
    }

    /** Someone with the role at the branch this context's tests share (made once, never the demo's). */
    public StaffUser person(Role role) {
        return person(role, home());
    }

    public StaffUser person(Role role, BranchSummary branch) {
        String username = unique("t");
        inTransaction(() -> OrganisationTestData.person(context, username, branch.id(), role, passwordHash()));
        return context.getBean(StaffUserDetailsService.class).loadUserByUsername(username);
    }

    public StaffUser staff() {
        return person(Role.STAFF);
    }

    public StaffUser editor() {
        return person(Role.EDITOR);
    }

    public StaffUser admin() {
        return person(Role.ADMIN);
    }

    /** A member of staff who has acknowledged every guideline, so may submit posts. */
    public StaffUser author() {
        StaffUser author = staff();
        acknowledgeGuidelines(author);
        return author;
    }

    public void acknowledgeGuidelines(StaffUser person) {
        inTransaction(() -> {
            GuidelineTestData.acknowledgeAll(context, person.getPersonId());
            return null;
        });
    }

    /** A channel of the kind, with two new editors as responsible and deputy; returns its id. */
    public long channel(ChannelKind kind) {
        return channel(kind, editor(), editor());
    }

    public long channel(ChannelKind kind, StaffUser responsible, StaffUser deputy) {
        return channel(kind, responsible, deputy, Map.of());
    }

    /** A channel with credentials of its kind (field name to value, as the admin form takes them). */
    public long channel(ChannelKind kind, StaffUser responsible, StaffUser deputy, Map<String, String> credentials) {
        return channel(kind, null, null, responsible, deputy, credentials);
    }

    /**
     * A channel that signs each text with the template, as an admin types it: {@code {firstName}},
     * {@code {branch}}, {@code {signature}} and the rest, {@code \n} for a line break.
     */
    public long signedChannel(ChannelKind kind, String signatureTemplate, StaffUser responsible, StaffUser deputy) {
        return channel(kind, null, signatureTemplate, responsible, deputy, Map.of());
    }

    /** A practice channel that follows the rules of the platform it practises (null: none) and signs so. */
    public long sandbox(ChannelKind practisesAs, String signatureTemplate, StaffUser responsible, StaffUser deputy) {
        return channel(ChannelKind.SANDBOX, practisesAs, signatureTemplate, responsible, deputy, Map.of());
    }

    /** A practice channel with Facebook's rules, signed below the text as Facebook pages are. */
    public long practisingFacebook(StaffUser responsible) {
        return sandbox(ChannelKind.FACEBOOK_PAGE, SIGNED_BELOW, responsible, editor());
    }

    /** A practice channel with X's rules and its 280 characters, signed on the same line as X accounts are. */
    public long practisingX(StaffUser responsible) {
        return sandbox(ChannelKind.TWITTER, SIGNED_ON_THE_LINE, responsible, editor());
    }

    /** The channel's name, as pages, messages and imported files name it. */
    public String channelName(long channelId) {
        return context.getBean(Channels.class).find(channelId).orElseThrow().name();
    }

    private long channel(ChannelKind kind, ChannelKind practisesAs, String signatureTemplate, StaffUser responsible,
                         StaffUser deputy, Map<String, String> credentials) {
        return inTransaction(() -> ChannelTestData.channel(context, new NewChannel(unique("Kanal"), kind, practisesAs,
                "testkonto", signatureTemplate, responsible.getPersonId(), deputy.getPersonId(),
                LocalDate.of(2020, 1, 1), credentials)));
    }

    public long draft(StaffUser author, long... channelIds) {
        List<Long> channels = Arrays.stream(channelIds).boxed().toList();
        return inTransaction(() -> PostTestData.draft(context, author, unique("Rubrik"),
                "En text om bibliotekets öppettider, nummer " + SEQUENCE.incrementAndGet() + ".", channels));
    }

    /** A post waiting for review; the author must have acknowledged the guidelines ({@link #author()}). */
    public long submitted(StaffUser author, long... channelIds) {
        long id = draft(author, channelIds);
        inTransaction(() -> {
            PostTestData.submit(context, id, author);
            return null;
        });
        return id;
    }

    /** An approved post with its publications due now; the editor must not be the author. */
    public long approved(StaffUser author, StaffUser editor, long... channelIds) {
        long id = submitted(author, channelIds);
        inTransaction(() -> {
            PostTestData.approve(context, id, editor);
            return null;
        });
        return id;
    }

    /** A post published on a new manual channel, by hand as such channels are. */
    public long published(StaffUser author, StaffUser editor) {
        long id = approved(author, editor, channel(ChannelKind.MANUAL));
        Publications publications = context.getBean(Publications.class);
        for (PublicationView publication : publications.forPost(id)) {
            publications.markPublishedByHand(publication.id(), "https://example.org/" + unique("inlagg"),
                    editor.getPersonId());
        }
        // The post module hears that the post is out through a module event, just after this returns.
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        await().until(() -> jdbc.queryForObject("select state from post where id = ?", String.class, id),
                "PUBLISHED"::equals);
        return id;
    }

    /** A comment from the public on the channel, as a platform delivers it; returns the response's id. */
    public long response(long channelId) {
        return response(channelId, "Tack för tipset! Nummer " + SEQUENCE.incrementAndGet());
    }

    public long response(long channelId, String text) {
        return ResponseTestData.comment(context, channelId, unique("svar"), null, "Besökare", text, Instant.now());
    }

    private synchronized String passwordHash() {
        if (passwordHash == null) {
            passwordHash = context.getBean(PasswordEncoder.class).encode(PASSWORD);
        }
        return passwordHash;
    }

    private synchronized BranchSummary home() {
        if (home == null) {
            home = branch();
        }
        return home;
    }

    private <T> T inTransaction(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }
}
