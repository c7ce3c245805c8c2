package se.redaktionen.guideline.internal;

import java.time.Clock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.guideline.GuidelineSource;
import se.redaktionen.organisation.People;

/** The library's own social-media guideline and the municipality's, seeded once after the demo people. */
@Component
@ConditionalOnProperty(name = "redaktionen.demo-mode", havingValue = "true")
@Order(20)
class GuidelineDemoData implements ApplicationRunner {

    static final String OWN_TITLE = "Bibliotekens riktlinjer för sociala medier";
    static final String MUNICIPAL_TITLE = "Botkyrka kommuns riktlinjer för sociala medier";

    private static final String OWN_BODY = """
            ## Avsändare
            Varje inlägg har en tydlig avsändare: signera med ditt förnamn och ditt bibliotek.

            ## Ton
            Skriv vänligt, kort och begripligt. Svara på frågor inom en arbetsdag.

            ## Bilder
            Varje bild har en alternativtext som beskriver den för den som inte ser den.
            Fotografera inte besökare utan deras tillstånd.

            ## Privata konton
            Använd inte privata konton i tjänsten, och nämn inte kollegors privata konton i inlägg.
            """;

    private static final String MUNICIPAL_BODY = """
            ## Allmänna handlingar
            Inlägg och kommentarer i kommunens kanaler är allmänna handlingar och arkiveras.

            ## Personuppgifter
            Publicera aldrig personnummer eller andra känsliga personuppgifter.

            ## Tillgänglighet
            Skriv hashtaggar med stor bokstav i varje ord (#BotkyrkaBibliotek) så att skärmläsare
            kan läsa dem, och använd säkra länkar (https).

            ## Modering
            Kommentarer som bryter mot lag eller mot kommunens regler döljs eller tas bort enligt
            lagen (1998:112) om elektroniska anslagstavlor. Spara alltid det borttagna.
            """;

    private final GuidelineRepository guidelines;
    private final GuidelineVersionRepository versions;
    private final People people;
    private final Clock clock;

    GuidelineDemoData(GuidelineRepository guidelines, GuidelineVersionRepository versions, People people,
                      Clock clock) {
        this.guidelines = guidelines;
        this.versions = versions;
        this.people = people;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (guidelines.count() > 0) {
            return;
        }
        long admin = people.findByUsername("demo-admin").orElseThrow().id();
        seed(OWN_TITLE, GuidelineSource.OWN, OWN_BODY, admin);
        seed(MUNICIPAL_TITLE, GuidelineSource.MUNICIPAL, MUNICIPAL_BODY, admin);
    }

    private void seed(String title, GuidelineSource source, String body, long admin) {
        Guideline guideline = guidelines.save(new Guideline(title, source, clock.instant()));
        versions.save(guideline.publish(title, body, "Första versionen", admin, clock.instant()));
    }
}
