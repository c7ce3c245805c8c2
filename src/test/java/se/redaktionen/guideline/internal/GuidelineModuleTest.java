package se.redaktionen.guideline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import se.redaktionen.guideline.GuidelineSource;
import se.redaktionen.guideline.Guidelines;
import se.redaktionen.guideline.PendingAcknowledgement;
import se.redaktionen.guideline.RuleChecks;
import se.redaktionen.guideline.RuleKind;
import se.redaktionen.guideline.Severity;
import se.redaktionen.guideline.Violation;
import se.redaktionen.support.PostgresInitializer;
import se.redaktionen.support.TestDatabase;
import se.redaktionen.support.TestData;

/**
 * The guideline module on PostgreSQL without the rest of the application (Spring Modulith bootstraps only
 * its beans and those of organisation, which it depends on, for the people who publish and acknowledge):
 * its rules fire only while their guideline is active, and a new version must be acknowledged again. The
 * clock and password encoder the web module would give are given here; the demo seeding is off, so nothing
 * here comes from the demo.
 */
@ApplicationModuleTest(extraIncludes = "organisation")
@Import(TestData.class)
@ActiveProfiles("test")
@TestPropertySource(properties = {"redaktionen.demo-mode=false", "redaktionen.admin-username=module-admin",
        "redaktionen.admin-password=module-admin-password"})
@ContextConfiguration(initializers = GuidelineModuleTest.OwnDatabase.class)
class GuidelineModuleTest {

    /**
     * A database of its own: without the demo, the first start creates the first admin, and the shared
     * database must stay as the demo seeds it for the other tests.
     */
    static class OwnDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            PostgresInitializer.pointAt(TestDatabase.fresh("guideline_module"), context);
        }
    }

    @TestConfiguration
    static class FromTheWebModule {
        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        PasswordEncoder passwordEncoder() {
            return PasswordEncoderFactories.createDelegatingPasswordEncoder();
        }
    }

    @Autowired
    TestData data;
    @Autowired
    RuleChecks checks;
    @Autowired
    Guidelines guidelines;
    @Autowired
    GuidelineRepository repository;
    @Autowired
    GuidelineVersionRepository versions;
    @Autowired
    GuidelineRuleRepository rules;
    @Autowired
    AcknowledgementRepository acknowledgements;

    @Test
    void aBannedWordBlocksNamingItsGuidelineUntilTheGuidelineIsRetired() {
        Guideline guideline = published(TestData.unique("Ordlista"));
        String word = "zorbax" + System.nanoTime() % 100_000;
        rules.save(new GuidelineRule(RuleKind.BANNED_WORDS, guideline.getId(), Severity.BLOCK, word, Instant.now()));

        assertThat(checks.check("Ett " + word + " här")).singleElement()
                .returns(Severity.BLOCK, Violation::severity)
                .returns(guideline.getTitle(), Violation::guidelineTitle);

        guideline.setActive(false);
        repository.save(guideline);

        assertThat(checks.check("Ett " + word + " här")).isEmpty();
    }

    @Test
    void aNewVersionIsPendingAgainForSomeoneWhoAcknowledgedTheFirst() {
        long personId = data.staff().getPersonId();
        Guideline guideline = published(TestData.unique("Svarstider"));
        GuidelineVersion first = versions.findByGuidelineIdAndNumber(guideline.getId(), 1).orElseThrow();
        acknowledgements.save(new Acknowledgement(first.getId(), personId, Instant.now()));

        assertThat(guidelines.pendingFor(personId)).extracting(PendingAcknowledgement::guidelineId)
                .doesNotContain(guideline.getId());

        versions.save(guideline.publish(guideline.getTitle(), "Inom två arbetsdagar.", "Längre tid", personId,
                Instant.now()));
        repository.save(guideline);

        assertThat(guidelines.pendingFor(personId)).filteredOn(p -> p.guidelineId() == guideline.getId())
                .singleElement().returns(2, PendingAcknowledgement::version);
    }

    private Guideline published(String title) {
        Guideline guideline = repository.save(new Guideline(title, GuidelineSource.OWN, Instant.now()));
        versions.save(guideline.publish(title, "Text", "Första", data.admin().getPersonId(), Instant.now()));
        return repository.save(guideline);
    }
}
