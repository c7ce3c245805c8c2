package se.redaktionen.guideline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.guideline.GuidelineSource;
import se.redaktionen.guideline.Guidelines;
import se.redaktionen.guideline.PendingAcknowledgement;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

@PostgresTest
class GuidelineFlowTest {

    /** The demo's guidelines (see resources/demo/guidelines.csv). */
    private static final String OWN_TITLE = "Bibliotekens riktlinjer för sociala medier";
    private static final String MUNICIPAL_TITLE = "Botkyrka kommuns riktlinjer för sociala medier";

    @Autowired
    MockMvc mvc;
    @Autowired
    Guidelines guidelines;
    @Autowired
    GuidelineRepository repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    StaffUser reader;
    long readerId;
    StaffUser admin;

    @BeforeEach
    void newReaderAndAdmin() {
        reader = data.staff();
        readerId = reader.getPersonId();
        admin = data.admin();
    }

    @Test
    void theDemoDataHasTheLibrarysOwnAndTheMunicipalsGuideline() {
        assertThat(repository.findByTitleIgnoreCase(OWN_TITLE)).get()
                .extracting(Guideline::getSource).isEqualTo(GuidelineSource.OWN);
        assertThat(repository.findByTitleIgnoreCase(MUNICIPAL_TITLE)).get()
                .extracting(Guideline::getSource).isEqualTo(GuidelineSource.MUNICIPAL);
    }

    @Test
    void aNewPersonMustAcknowledgeEveryActiveGuidelineAndTheDashboardSaysSo() throws Exception {
        assertThat(guidelines.pendingFor(readerId)).extracting(PendingAcknowledgement::title)
                .contains(OWN_TITLE, MUNICIPAL_TITLE);

        mvc.perform(get("/").with(as(reader)))
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("id=\"pending-guidelines\""),
                        Matchers.containsString(MUNICIPAL_TITLE))));
    }

    @Test
    void acknowledgingTheCurrentVersionClearsItUntilANewVersionIsPublished() throws Exception {
        long id = publishNew("Ton och språk " + System.nanoTime(), "Skriv vänligt.");

        acknowledge(id, 1);
        assertThat(pendingIds()).doesNotContain(id);

        publishVersion(id, "Skriv vänligt och kort.", "Kortare texter");
        assertThat(guidelines.pendingFor(readerId)).filteredOn(p -> p.guidelineId() == id)
                .singleElement().extracting(PendingAcknowledgement::version).isEqualTo(2);

        acknowledge(id, 2);
        assertThat(pendingIds()).doesNotContain(id);
    }

    @Test
    void acknowledgingAVersionThatIsNoLongerCurrentIsRefused() throws Exception {
        long id = publishNew("Bilder " + System.nanoTime(), "Alt-text på alla bilder.");
        publishVersion(id, "Alt-text och tillstånd.", "Tillstånd krävs");

        mvc.perform(post("/guidelines/{id}/acknowledge", id).param("version", "1").with(as(reader)).with(csrf()))
                .andExpect(flash().attribute("refused", "guideline.acknowledge.outdated"));

        assertThat(pendingIds()).contains(id);
    }

    @Test
    void acknowledgingTwiceKeepsTheFirstRecord() throws Exception {
        long id = publishNew("Dubbelklick " + System.nanoTime(), "Text.");

        acknowledge(id, 1);
        acknowledge(id, 1);

        assertThat(jdbc.queryForObject("select count(*) from guideline_acknowledgement a join guideline_version v "
                + "on v.id = a.guideline_version_id where v.guideline_id = ? and a.person_id = ?", Integer.class,
                id, readerId)).isEqualTo(1);
    }

    @Test
    void aRetiredGuidelineNeedsNoAcknowledgement() throws Exception {
        long id = publishNew("Gammal regel " + System.nanoTime(), "Text.");

        mvc.perform(post("/admin/guidelines/{id}/deactivate", id).with(as(admin)).with(csrf()));

        assertThat(pendingIds()).doesNotContain(id);
    }

    @Test
    void afterAcknowledgingTheGuidelineLeadsBackToThePostAndToTheOthersStillToAcknowledge() throws Exception {
        long id = publishNew("Tillbaka " + System.nanoTime(), "Text.");

        mvc.perform(post("/guidelines/{id}/acknowledge", id).param("version", "1").param("returnTo", "/posts/42")
                        .with(as(reader)).with(csrf()))
                .andExpect(redirectedUrl("/guidelines/" + id + "?returnTo=%2Fposts%2F42"));

        String page = mvc.perform(get("/guidelines/{id}", id).param("returnTo", "/posts/42").with(as(reader)))
                .andReturn().getResponse().getContentAsString();
        String back = page.substring(page.indexOf("data-return"));
        assertThat(back).contains("href=\"/posts/42\"")
                .contains("href=\"/guidelines/" + pendingIds().get(0) + "?returnTo=/posts/42\"");
    }

    @Test
    void aReturnPathLeadingOutOfRedaktionenIsIgnored() throws Exception {
        long id = publishNew("Omdirigering " + System.nanoTime(), "Text.");

        mvc.perform(post("/guidelines/{id}/acknowledge", id).param("version", "1")
                        .param("returnTo", "//evil.example/posts/1").with(as(reader)).with(csrf()))
                .andExpect(redirectedUrl("/guidelines/" + id));
        mvc.perform(get("/guidelines/{id}", id).param("returnTo", "https://evil.example/").with(as(reader)))
                .andExpect(content().string(Matchers.allOf(Matchers.not(Matchers.containsString("data-return")),
                        Matchers.not(Matchers.containsString("evil.example")))));
    }

    @Test
    void markdownIsRenderedWithoutLettingHtmlOrScriptLinksThrough() throws Exception {
        long id = publishNew("Säker text " + System.nanoTime(),
                "## Rubrik\n\n<script>alert(1)</script>\n\n[klicka](javascript:alert(1)) och [bra](https://example.org)");

        mvc.perform(get("/guidelines/{id}", id).with(as(reader)))
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("<h2>Rubrik</h2>"),
                        Matchers.containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                        Matchers.containsString("href=\"https://example.org\""),
                        Matchers.not(Matchers.containsString("<script>alert")),
                        Matchers.not(Matchers.containsString("href=\"javascript:")))));
    }

    @Test
    void theAdminSeesWhoHasAndHasNotAcknowledgedAVersion() throws Exception {
        StaffUser notYet = data.staff();
        long id = publishNew("Svarstider " + System.nanoTime(), "Inom en arbetsdag.");
        acknowledge(id, 1);

        String page = mvc.perform(get("/admin/guidelines/{id}/acknowledgements", id).with(as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String acknowledgedTable = page.substring(page.indexOf("Har bekräftat</caption>"));
        String notYetTable = page.substring(page.indexOf("Har inte bekräftat</caption>"),
                page.indexOf("Har bekräftat</caption>"));
        assertThat(acknowledgedTable).contains("Test " + reader.getUsername());
        assertThat(notYetTable).doesNotContain("Test " + reader.getUsername())
                .contains("Test " + notYet.getUsername());
    }

    @Test
    void aTakenTitleOrMissingChangeNoteIsRefusedKeepingTheText() throws Exception {
        mvc.perform(post("/admin/guidelines/new").with(as(admin)).with(csrf())
                        .param("title", OWN_TITLE.toUpperCase()).param("source", "OWN")
                        .param("body", "Min langa text som inte far forsvinna").param("changeNote", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Det finns redan en riktlinje med den titeln."),
                        Matchers.containsString("Fyll i fältet."),
                        Matchers.containsString("Min langa text som inte far forsvinna"))));
    }

    @Test
    void aNewVersionBasedOnAStaleFormIsRefused() throws Exception {
        long id = publishNew("Samtidigt " + System.nanoTime(), "Text.");
        long staleLockVersion = repository.findById(id).orElseThrow().getVersion();
        publishVersion(id, "Första ändringen.", "Ändring ett");

        mvc.perform(post("/admin/guidelines/{id}/edit", id).with(as(admin)).with(csrf())
                        .param("title", "Samtidigt").param("source", "OWN").param("body", "Andra ändringen.")
                        .param("changeNote", "Ändring två").param("version", String.valueOf(staleLockVersion)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Någon annan har ändrat detta")));

        assertThat(repository.findById(id).orElseThrow().getCurrentVersion()).isEqualTo(2);
    }

    @Test
    void staffCannotPublishGuidelines() throws Exception {
        mvc.perform(post("/admin/guidelines/new").with(as(reader)).with(csrf())
                        .param("title", "Olovlig").param("source", "OWN").param("body", "x").param("changeNote", "x"))
                .andExpect(status().isForbidden());

        assertThat(repository.findByTitleIgnoreCase("Olovlig")).isEmpty();
    }

    private long publishNew(String title, String body) throws Exception {
        mvc.perform(post("/admin/guidelines/new").with(as(admin)).with(csrf())
                        .param("title", title).param("source", "MUNICIPAL").param("body", body)
                        .param("changeNote", "Första versionen"))
                .andExpect(status().is3xxRedirection());
        return repository.findByTitleIgnoreCase(title).orElseThrow().getId();
    }

    private void publishVersion(long id, String body, String changeNote) throws Exception {
        Guideline guideline = repository.findById(id).orElseThrow();
        mvc.perform(post("/admin/guidelines/{id}/edit", id).with(as(admin)).with(csrf())
                        .param("title", guideline.getTitle()).param("source", guideline.getSource().name())
                        .param("body", body).param("changeNote", changeNote)
                        .param("version", String.valueOf(guideline.getVersion())))
                .andExpect(status().is3xxRedirection());
    }

    private void acknowledge(long id, int version) throws Exception {
        mvc.perform(post("/guidelines/{id}/acknowledge", id).param("version", String.valueOf(version))
                        .with(as(reader)).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private java.util.List<Long> pendingIds() {
        return guidelines.pendingFor(readerId).stream().map(PendingAcknowledgement::guidelineId).toList();
    }
}
