package se.redaktionen.guideline.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import java.time.Instant;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.guideline.GuidelineSource;
import se.redaktionen.guideline.RuleChecks;
import se.redaktionen.guideline.RuleKind;
import se.redaktionen.guideline.Severity;
import se.redaktionen.guideline.Violation;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

@PostgresTest
class RuleFlowTest {

    /** The demo's guidelines (see resources/demo/guidelines.csv). */
    private static final String OWN_TITLE = "Bibliotekens riktlinjer för sociala medier";
    private static final String MUNICIPAL_TITLE = "Botkyrka kommuns riktlinjer för sociala medier";

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleChecks checks;
    @Autowired
    GuidelineRuleRepository rules;
    @Autowired
    GuidelineRepository guidelines;
    @Autowired
    GuidelineVersionRepository versions;
    @Autowired
    TestData data;

    @Test
    void theDemoRulesBlockAPersonalIdentityNumberAndWarnAboutTheRestNamingTheGuideline() {
        List<Violation> found = checks.check("Grattis 811218-9876! Läs mer på http://example.org #botkyrkabibliotek");

        assertThat(found).extracting(Violation::kind).containsSubsequence(RuleKind.PERSONAL_IDENTITY_NUMBER,
                RuleKind.HASHTAG_CAMEL_CASE, RuleKind.NON_HTTPS_LINK);
        assertThat(found.get(0).severity()).isEqualTo(Severity.BLOCK);
        assertThat(found.get(0).finding()).isEqualTo("811218-****");
        assertThat(found.get(0).guidelineTitle()).isEqualTo(MUNICIPAL_TITLE);
        assertThat(found).filteredOn(v -> v.kind() != RuleKind.PERSONAL_IDENTITY_NUMBER)
                .allMatch(v -> v.severity() == Severity.WARN);
    }

    @Test
    void aCleanTextHasNoFindings() {
        assertThat(checks.check("Välkommen till sagostund i Fittja på lördag! #Sagostund https://bibliotek.se"))
                .isEmpty();
    }

    @Test
    void rulesOfARetiredGuidelineDoNotFire() {
        Guideline retired = guidelines.save(new Guideline("Upphävd " + System.nanoTime(), GuidelineSource.OWN,
                Instant.now()));
        versions.save(retired.publish(retired.getTitle(), "Text", "Första", adminId(), Instant.now()));
        String word = "zorbax" + System.nanoTime() % 1000;
        rules.save(new GuidelineRule(RuleKind.BANNED_WORDS, retired.getId(), Severity.BLOCK, word, Instant.now()));
        assertThat(checks.check("ett " + word)).isNotEmpty();

        retired.setActive(false);
        guidelines.save(retired);

        assertThat(checks.check("ett " + word)).isEmpty();
    }

    @Test
    void anAdminAddsABannedWordRuleAndTheCheckPageFindsTheWord() throws Exception {
        String word = "fnordel" + System.nanoTime() % 1000;
        long guideline = guidelines.findByTitleIgnoreCase(OWN_TITLE).orElseThrow().getId();

        mvc.perform(post("/admin/rules/new").with(as(data.admin())).with(csrf())
                        .param("kind", "BANNED_WORDS").param("guidelineId", String.valueOf(guideline))
                        .param("severity", "BLOCK").param("parameter", word))
                .andExpect(redirectedUrl("/admin/rules"));

        mvc.perform(post("/guidelines/check").with(as(data.staff())).with(csrf()).param("text", "Du är en " + word))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Texten innehåller ett ord som inte får användas: " + word),
                        Matchers.containsString(OWN_TITLE))));
    }

    @Test
    void aBannedWordRuleWithoutWordsOrWithAnUnknownGuidelineIsRefused() throws Exception {
        long before = rules.count();

        mvc.perform(post("/admin/rules/new").with(as(data.admin())).with(csrf())
                        .param("kind", "BANNED_WORDS").param("guidelineId", "987654321").param("severity", "WARN"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Skriv minst ett förbjudet ord eller uttryck."),
                        Matchers.containsString("Välj en riktlinje som finns."))));

        assertThat(rules.count()).isEqualTo(before);
    }

    @Test
    void theCheckPageShowsAPersonalIdentityNumberOnlyMasked() throws Exception {
        mvc.perform(post("/guidelines/check").with(as(data.staff())).with(csrf())
                        .param("text", "Låntagare 811218-9876 har glömt sitt kort"))
                .andExpect(content().string(Matchers.containsString(
                        "Texten innehåller ett personnummer eller samordningsnummer (811218-****).")))
                .andExpect(content().string(Matchers.containsString("Stoppar")));
    }

    @Test
    void anOverlongTextIsRefusedWithAMessageAndKept() throws Exception {
        String text = "a".repeat(TextCheckController.MAX_TEXT + 1);

        mvc.perform(post("/guidelines/check").with(as(data.staff())).with(csrf()).param("text", text))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Texten är för lång")))
                .andExpect(content().string(Matchers.containsString(text)));
    }

    private long adminId() {
        return data.admin().getPersonId();
    }
}
