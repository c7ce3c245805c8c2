package se.redaktionen.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.awaitility.Awaitility.await;
import static se.redaktionen.support.TestData.as;
import static se.redaktionen.support.TestData.basic;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.post.PostState;
import se.redaktionen.publishing.PublicationState;
import se.redaktionen.publishing.Publications;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;
import se.redaktionen.web.TimeFormat;

/**
 * What editors and staff see of publishing: the post page's Publicering section and its actions, the
 * API's publications, withdrawal while publishing has or has not started, the dashboard's alerts, the
 * channel overview, Test connection and the sandbox timeline. Posts go through the real review: the
 * test's own member of staff writes and submits through the API, its own editor approves on the page.
 */
@PostgresTest
class PublicationPagesTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    ApplicationContext context;
    @Autowired
    Publications publications;
    @Autowired
    TimeFormat time;

    StaffUser staff;
    StaffUser editor;
    StaffUser admin;

    /** The author has read every current guideline, so may submit. */
    @BeforeEach
    void people() {
        staff = data.author();
        editor = data.editor();
        admin = data.admin();
    }

    // 1. The full path through the real review to the sandbox timeline.

    @Test
    void approvingInReviewQueuesOnePendingPublicationForTheChosenChannel() throws Exception {
        long channel = practisingX().id();

        long postId = approved(uniqueText("Sagostund på lördag"), channel);

        assertThat(jdbc.queryForList("select channel_id from publication where post_id = ?", Long.class, postId))
                .containsExactly(channel);
        assertThat(publicationState(publicationOf(postId))).isEqualTo(PublicationState.PENDING);
        assertThat(postState(postId)).isEqualTo(PostState.APPROVED.name());
    }

    @Test
    void aRoundPublishesToThePracticeChannelAndThePostPageLinksToTheTimelineEntry() throws Exception {
        long channel = practisingX().id();
        String text = uniqueText("Bokcirkeln träffas på torsdag");
        long postId = approved(text, channel);
        long publication = publicationOf(postId);

        PublishingRounds.runOnce(context);

        assertThat(publicationState(publication)).isEqualTo(PublicationState.PUBLISHED);
        await().untilAsserted(() -> assertThat(postState(postId)).isEqualTo(PostState.PUBLISHED.name()));
        String entry = jdbc.queryForObject("select platform_id from publication where id = ?", String.class,
                publication);
        String section = publicationsSection(postPage(postId));
        assertThat(section).contains(inState(PublicationState.PUBLISHED))
                .contains("href=\"/channels/" + channel + "/timeline#entry-" + entry + "\"");
        mvc.perform(get("/channels/{id}/timeline", channel).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(contentHas("id=\"entry-" + entry + "\""))
                .andExpect(contentHas(text));
    }

    @Test
    void theHistoryShowsTheAutomaticMoveToPublished() throws Exception {
        long postId = approved(uniqueText("Nya ljudböcker"), practisingX().id());

        PublishingRounds.runOnce(context);

        // The post module hears of the publication through a module event, just after the round.
        await().untilAsserted(() -> assertThat(section(postPage(postId), "aria-labelledby=\"history-heading\""))
                .contains("Redaktionen (automatiskt)").contains("Publicerat"));
    }

    // 2. A channel without credentials: fails at once, retry, cancel.

    @Test
    void aChannelWithoutCredentialsFailsAtOnceWithTheReasonInWordsOnThePostPage() throws Exception {
        Channel facebook = facebookChannelWithoutCredentials();
        long postId = approved(uniqueText("Läsfrämjande vecka"), facebook.id());
        long publication = publicationOf(postId);

        PublishingRounds.runOnce(context);

        assertThat(publicationState(publication)).isEqualTo(PublicationState.FAILED);
        assertThat(publicationsSection(postPage(postId))).contains(inState(PublicationState.FAILED))
                .contains(credentialsMissing(facebook));
    }

    @Test
    void theApiGivesTheFailureItsCodeAndTheReasonInWords() throws Exception {
        Channel facebook = facebookChannelWithoutCredentials();
        long postId = approved(uniqueText("Språkcafé på onsdag"), facebook.id());

        PublishingRounds.runOnce(context);

        mvc.perform(get("/api/v1/posts/{id}", postId).with(basic(editor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.publications[0].channel").value(facebook.name()))
                .andExpect(jsonPath("$.publications[0].state").value("FAILED"))
                .andExpect(jsonPath("$.publications[0].attempts").value(1))
                .andExpect(jsonPath("$.publications[0].lastError.code").value("CREDENTIALS_MISSING"))
                .andExpect(jsonPath("$.publications[0].lastError.message").value(credentialsMissing(facebook)));
    }

    @Test
    void anEditorsRetryPutsAFailedPublicationBackInTheQueueAndSaysSo() throws Exception {
        Channel facebook = facebookChannelWithoutCredentials();
        long postId = approved(uniqueText("Läxhjälp i Alby"), facebook.id());
        long publication = publicationOf(postId);
        PublishingRounds.runOnce(context);

        var result = mvc.perform(post("/publications/{id}/retry", publication).with(as(editor)).with(csrf()))
                .andExpect(redirectedUrl("/posts/" + postId + "#publications"))
                .andExpect(flash().attribute("publicationDone", "retried"))
                .andReturn();

        assertThat(publicationState(publication)).isEqualTo(PublicationState.PENDING);
        assertThat(jdbc.queryForObject("select attempts from publication where id = ?", Integer.class, publication))
                .isZero();
        assertThat(publicationsSection(postPage(postId, result.getFlashMap())))
                .contains("Publiceringen på " + facebook.name() + " görs om.");
    }

    @Test
    void cancellingTheOnlyPublicationLeavesThePostApprovedNotPublished() throws Exception {
        Channel facebook = facebookChannelWithoutCredentials();
        long postId = approved(uniqueText("Författarbesök i Tumba"), facebook.id());
        long publication = publicationOf(postId);
        PublishingRounds.runOnce(context);

        var result = mvc.perform(post("/publications/{id}/cancel", publication).with(as(editor)).with(csrf()))
                .andExpect(redirectedUrl("/posts/" + postId + "#publications"))
                .andExpect(flash().attribute("publicationDone", "cancelled"))
                .andReturn();

        assertThat(publicationState(publication)).isEqualTo(PublicationState.CANCELLED);
        assertThat(postState(postId)).isEqualTo(PostState.APPROVED.name());
        assertThat(publicationsSection(postPage(postId, result.getFlashMap())))
                .contains("Publiceringen på " + facebook.name() + " är avbruten.")
                .contains(inState(PublicationState.CANCELLED));
    }

    @Test
    void staffCannotRetryCancelOrRecordAPublication() throws Exception {
        long postId = approved(uniqueText("Bokfika"), manualChannel());
        long publication = publicationOf(postId);

        for (String action : new String[] {"retry", "cancel", "published"}) {
            mvc.perform(post("/publications/{id}/" + action, publication).param("url", "https://myspace.example/2")
                            .with(as(staff)).with(csrf()))
                    .andExpect(status().isForbidden());
        }

        assertThat(publicationState(publication)).isEqualTo(PublicationState.PENDING);
    }

    @Test
    void actingOnAnUnknownPublicationIs404() throws Exception {
        long unknown = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from publication", Long.class);

        mvc.perform(post("/publications/{id}/retry", unknown).with(as(editor)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    // 3. A channel without an API: an editor publishes by hand.

    @Test
    void aManualPublicationWaitsForAnEditorAndARoundNeverClaimsIt() throws Exception {
        long postId = approved(uniqueText("Musikquiz för unga"), manualChannel());
        long publication = publicationOf(postId);

        PublishingRounds.runOnce(context);

        assertThat(publicationState(publication)).isEqualTo(PublicationState.PENDING);
        assertThat(jdbc.queryForObject("select attempts from publication where id = ?", Integer.class, publication))
                .isZero();
        assertThat(publicationsSection(postPage(postId)))
                .contains("Kanalen saknar API: en redaktör publicerar för hand och klistrar in adressen här.")
                .contains("action=\"/publications/" + publication + "/published\"");
    }

    @Test
    void anAddressThatIsNotAWebAddressIsRefusedInWordsAndChangesNothing() throws Exception {
        long postId = approved(uniqueText("Filmkväll"), manualChannel());
        long publication = publicationOf(postId);

        for (String url : new String[] {"ftp://x", ""}) {
            var result = mvc.perform(post("/publications/{id}/published", publication).param("url", url)
                            .with(as(editor)).with(csrf()))
                    .andExpect(redirectedUrl("/posts/" + postId + "#publications"))
                    .andExpect(flash().attribute("publicationRefusal", "publication.manual.urlInvalid"))
                    .andReturn();
            assertThat(publicationsSection(postPage(postId, result.getFlashMap())))
                    .contains("Skriv hela adressen till inlägget, som börjar med https://.");
        }

        assertThat(publicationState(publication)).isEqualTo(PublicationState.PENDING);
        assertThat(jdbc.queryForObject("select url from publication where id = ?", String.class, publication))
                .isNull();
        assertThat(postState(postId)).isEqualTo(PostState.APPROVED.name());
    }

    @Test
    void recordingTheWebAddressPublishesTheManualPublicationAndThePost() throws Exception {
        long postId = approved(uniqueText("Pysselverkstad"), manualChannel());
        long publication = publicationOf(postId);

        mvc.perform(post("/publications/{id}/published", publication)
                        .param("url", "https://myspace.example/post/1").with(as(editor)).with(csrf()))
                .andExpect(redirectedUrl("/posts/" + postId + "#publications"))
                .andExpect(flash().attribute("publicationDone", "publishedByHand"));

        assertThat(publicationState(publication)).isEqualTo(PublicationState.PUBLISHED);
        assertThat(jdbc.queryForObject("select url from publication where id = ?", String.class, publication))
                .isEqualTo("https://myspace.example/post/1");
        assertThat(jdbc.queryForObject("select published_by from publication where id = ?", Long.class, publication))
                .isEqualTo(editor.getPersonId());
        await().untilAsserted(() -> assertThat(postState(postId)).isEqualTo(PostState.PUBLISHED.name()));
        assertThat(publicationsSection(postPage(postId))).contains("href=\"https://myspace.example/post/1\"");
    }

    // 4. Withdrawal before and after publishing has started.

    @Test
    void withdrawingAnApprovedPostBeforePublishingCancelsItsPublications() throws Exception {
        long postId = approved(uniqueText("Stickcafé"), practisingX().id(), manualChannel());

        mvc.perform(post("/posts/{id}/withdraw", postId).with(as(staff)).with(csrf()))
                .andExpect(flash().attribute("moved", PostState.WITHDRAWN));

        assertThat(postState(postId)).isEqualTo(PostState.WITHDRAWN.name());
        assertThat(jdbc.queryForList("select state from publication where post_id = ?", String.class, postId))
                .hasSize(2).containsOnly("CANCELLED");
        PublishingRounds.runOnce(context);
        assertThat(jdbc.queryForObject("select count(*) from sandbox_entry where slug in "
                + "(select slug from publication where post_id = ?)", Integer.class, postId)).isZero();
    }

    @Test
    void withdrawingIsRefusedOnceAPublicationIsInFlight() throws Exception {
        long postId = approved(uniqueText("Datorhjälp för seniorer"), facebookChannelWithoutCredentials().id());
        long publication = publicationOf(postId);
        jdbc.update("""
                update publication set state = 'IN_FLIGHT', attempts = 1, claim_token = 'publication-pages-test',
                                       lease_until = ? where id = ?""",
                java.sql.Timestamp.from(Instant.now().plusSeconds(3600)), publication);

        var result = mvc.perform(post("/posts/{id}/withdraw", postId).with(as(staff)).with(csrf()))
                .andExpect(flash().attribute("refusal", "publication.withdraw.started"))
                .andReturn();

        assertThat(postState(postId)).isEqualTo(PostState.APPROVED.name());
        assertThat(publicationState(publication)).isEqualTo(PublicationState.IN_FLIGHT);
        mvc.perform(get("/posts/{id}", postId).flashAttrs(result.getFlashMap()).with(as(staff)))
                .andExpect(contentHas("publiceringen har redan börjat"));
    }

    @Test
    void withdrawingIsRefusedOnceOneChannelHasPublishedAndTheOthersKeepWaiting() throws Exception {
        long manual = manualChannel();
        long postId = approved(uniqueText("Sommarboken"), practisingX().id(), manual);
        PublishingRounds.runOnce(context);
        assertThat(postState(postId)).isEqualTo(PostState.APPROVED.name());

        mvc.perform(post("/posts/{id}/withdraw", postId).with(as(staff)).with(csrf()))
                .andExpect(flash().attribute("refusal", "publication.withdraw.started"));

        assertThat(postState(postId)).isEqualTo(PostState.APPROVED.name());
        assertThat(jdbc.queryForObject("select state from publication where post_id = ? and channel_id = ?",
                String.class, postId, manual)).isEqualTo("PENDING");
    }

    // 5. The dashboard's publishing alerts.

    @Test
    void theDashboardNamesAChannelAfterThreeFailedAttempts() throws Exception {
        Channel facebook = facebookChannelWithoutCredentials();
        for (int i = 0; i < 3; i++) {
            PipelineFixture.approvedPost(jdbc, publications, staff, null, facebook.id());
        }

        PublishingRounds.runOnce(context);

        String alerts = section(dashboard(), "id=\"publishing-alerts\"");
        assertThat(alerts).contains(facebook.name())
                .contains("Inloggningsuppgifter saknas för " + facebook.name());
    }

    @Test
    void twoFailedAttemptsAreNotYetAnAlert() throws Exception {
        Channel facebook = facebookChannelWithoutCredentials();
        for (int i = 0; i < 2; i++) {
            PipelineFixture.approvedPost(jdbc, publications, staff, null, facebook.id());
        }

        PublishingRounds.runOnce(context);

        assertThat(section(dashboard(), "id=\"publishing-alerts\"")).doesNotContain(facebook.name());
    }

    @Test
    void theDashboardDoesNotNameAChannelThatPublishesWithoutFailures() throws Exception {
        Channel sandbox = sandboxChannel();
        for (int i = 0; i < 3; i++) {
            PipelineFixture.approvedPost(jdbc, publications, staff, null, sandbox.id());
        }

        PublishingRounds.runOnce(context);

        assertThat(jdbc.queryForObject("select count(*) from publication where channel_id = ? and state = 'PUBLISHED'",
                Integer.class, sandbox.id())).isEqualTo(3);
        assertThat(section(dashboard(), "id=\"publishing-alerts\"")).doesNotContain(sandbox.name());
    }

    // 6. The channel overview.

    @Test
    void theChannelOverviewShowsWhenASandboxLastPublished() throws Exception {
        Channel sandbox = sandboxChannel();
        assertThat(overviewRow(sandbox)).contains("Inget ännu");
        PipelineFixture.approvedPost(jdbc, publications, staff, null, sandbox.id());

        PublishingRounds.runOnce(context);

        Instant publishedAt = publications.lastPublishedAt().get(sandbox.id());
        assertThat(publishedAt).isNotNull();
        assertThat(overviewRow(sandbox)).contains(time.format(publishedAt)).doesNotContain("Inget ännu");
    }

    // 7. Test connection.

    @Test
    void testingASandboxConnectionSaysItWorks() throws Exception {
        Channel practice = practisingX();
        long channel = practice.id();

        var result = mvc.perform(post("/admin/channels/{id}/test", channel).with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/channels/" + channel + "/edit#connection"))
                .andExpect(flash().attributeExists("connectionReached"))
                .andReturn();

        mvc.perform(get("/admin/channels/{id}/edit", channel).flashAttrs(result.getFlashMap()).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(contentHas("Anslutningen fungerar: " + practice.name() + "."));
    }

    @Test
    void testingAChannelWithoutCredentialsSaysInWordsThatTheyAreMissing() throws Exception {
        Channel facebook = facebookChannelWithoutCredentials();
        long channel = facebook.id();

        var result = mvc.perform(post("/admin/channels/{id}/test", channel).with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/admin/channels/" + channel + "/edit#connection"))
                .andExpect(flash().attribute("connectionFailed", "channel.connection.error.CREDENTIALS_MISSING"))
                .andExpect(flash().attribute("connectionReached", Matchers.nullValue()))
                .andReturn();

        mvc.perform(get("/admin/channels/{id}/edit", channel).flashAttrs(result.getFlashMap()).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(contentHas("Inga inloggningsuppgifter är sparade för " + facebook.name()))
                .andExpect(contentLacks("Anslutningen fungerar"));
    }

    @Test
    void onlyAnAdminMayTestAConnection() throws Exception {
        long channel = practisingX().id();

        for (StaffUser person : new StaffUser[] {staff, editor}) {
            mvc.perform(post("/admin/channels/{id}/test", channel).with(as(person)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
    }

    @Test
    void testingAnUnknownChannelIs404() throws Exception {
        long unknown = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from channel", Long.class);

        mvc.perform(post("/admin/channels/{id}/test", unknown).with(as(admin)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    // 8. Escaping.

    @Test
    void markupInAPublishedTextIsShownAsTextOnTheTimelineNeverAsATag() throws Exception {
        Channel sandbox = sandboxChannel();
        String marker = "Marker " + System.nanoTime();
        long postId = approved(marker + " <script>alert(1)</script>", sandbox.id());

        PublishingRounds.runOnce(context);

        assertThat(publicationState(publicationOf(postId))).isEqualTo(PublicationState.PUBLISHED);
        mvc.perform(get("/channels/{id}/timeline", sandbox.id()).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(contentHas(marker + " &lt;script&gt;alert(1)&lt;/script&gt;"))
                .andExpect(contentLacks("<script>alert(1)"));
    }

    // Helpers.

    record Channel(long id, String name) {
    }

    /** Written by the test's member of staff through the API, submitted, and approved by its editor on the page. */
    private long approved(String body, long... channelIds) throws Exception {
        String channels = String.join(",", java.util.Arrays.stream(channelIds).mapToObj(String::valueOf).toList());
        String created = mvc.perform(post("/api/v1/posts").with(basic(staff))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"body\":\"" + json(body) + "\",\"channelIds\":[" + channels + "]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long postId = ((Number) JsonPath.read(created, "$.id")).longValue();
        String submitted = mvc.perform(post("/api/v1/posts/{id}/submit", postId).with(basic(staff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> warnings = JsonPath.<List<Object>>read(submitted, "$.checks[*].acknowledgementKey").stream()
                .filter(Objects::nonNull).map(String::valueOf).toList();
        var approve = post("/posts/{id}/approve", postId).with(as(editor)).with(csrf())
                .param("version", String.valueOf(jdbc.queryForObject("select version from post where id = ?",
                        Long.class, postId)));
        for (String warning : warnings) {
            approve.param("acknowledgedWarnings", warning);
        }
        mvc.perform(approve).andExpect(flash().attribute("moved", PostState.APPROVED));
        return postId;
    }

    private Channel sandboxChannel() throws Exception {
        return channel("Sidtest övning", "{\"kind\":\"SANDBOX\",\"practisesAs\":null");
    }

    private Channel facebookChannelWithoutCredentials() throws Exception {
        return channel("Sidtest Facebook", "{\"kind\":\"FACEBOOK_PAGE\",\"handle\":\"sidtest" + System.nanoTime() + "\"");
    }

    private long manualChannel() throws Exception {
        return channel("Sidtest för hand", "{\"kind\":\"MANUAL\",\"handle\":\"sidtest\"").id();
    }

    private Channel practisingX() {
        long id = data.practisingX(editor);
        return new Channel(id, data.channelName(id));
    }

    /** A channel made by the test's admin through the API, with a name no other test uses. */
    private Channel channel(String prefix, String jsonStart) throws Exception {
        String name = prefix + " " + SEQUENCE.incrementAndGet() + " " + System.nanoTime();
        String created = mvc.perform(post("/api/v1/channels").with(basic(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(jsonStart + ",\"name\":\"" + name + "\",\"responsibleUsername\":\""
                                + editor.getUsername() + "\",\"deputyUsername\":\"" + data.editor().getUsername()
                                + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return new Channel(((Number) JsonPath.read(created, "$.id")).longValue(), name);
    }

    private String postPage(long postId) throws Exception {
        return postPage(postId, Map.of());
    }

    private String postPage(long postId, Map<String, Object> flash) throws Exception {
        var request = get("/posts/{id}", postId).with(as(editor));
        if (!flash.isEmpty()) {
            request.flashAttrs(flash);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String dashboard() throws Exception {
        return mvc.perform(get("/").with(as(editor))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The channel's row in the overview. */
    private String overviewRow(Channel channel) throws Exception {
        String page = mvc.perform(get("/channels").with(as(staff))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        int at = page.indexOf(">" + channel.name() + "<");
        assertThat(at).as("the overview lists " + channel.name()).isNotNegative();
        return page.substring(at, page.indexOf("</tr>", at));
    }

    private static String publicationsSection(String page) {
        String section = section(page, "id=\"publications\"");
        assertThat(section).as("the post page has a Publicering section").isNotEmpty();
        return section;
    }

    /** From the element with the given attribute to the end of its section; empty when there is none. */
    private static String section(String page, String attribute) {
        int at = page.indexOf(attribute);
        return at < 0 ? "" : page.substring(at, page.indexOf("</section>", at));
    }

    /** The post page's row of a publication in the state. */
    private static String inState(PublicationState state) {
        return "data-publication-state=\"" + state + "\"";
    }

    private static String credentialsMissing(Channel channel) {
        return "Inloggningsuppgifter saknas för " + channel.name() + " — en administratör måste lägga in dem.";
    }

    private long publicationOf(long postId) {
        List<Long> ids = jdbc.queryForList("select id from publication where post_id = ?", Long.class, postId);
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private PublicationState publicationState(long id) {
        return PublicationState.valueOf(jdbc.queryForObject("select state from publication where id = ?",
                String.class, id));
    }

    private String postState(long postId) {
        return jdbc.queryForObject("select state from post where id = ?", String.class, postId);
    }

    private static String uniqueText(String text) {
        return text + " (" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() + ")";
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static org.springframework.test.web.servlet.ResultMatcher contentHas(String text) {
        return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(Matchers.containsString(text));
    }

    private static org.springframework.test.web.servlet.ResultMatcher contentLacks(String text) {
        return org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                .string(Matchers.not(Matchers.containsString(text)));
    }
}
