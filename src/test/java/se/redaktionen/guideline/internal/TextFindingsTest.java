package se.redaktionen.guideline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextFindingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Mitt nummer är 811218-9876, tack.|811218-****",
            "811218+9876 fyllde hundra|811218+****",
            "8112189876|811218-****",
            "19811218-9876|19811218-****",
            "198112189876|19811218-****",
            "Samordningsnummer 701063-2391.|701063-****",
            "Född (811218-9876)|811218-****"})
    void findsValidPersonalIdentityAndCoordinationNumbersAndMasksThem(String text, String masked) {
        assertThat(TextFindings.personalIdentityNumbers(text)).containsExactly(masked);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "811218-9875",
            "811318-9876",
            "810230-1234",
            "Ring 08-530 610 00 eller 0853061000",
            "Ordernummer 1234567890 och 9876543210",
            "ISBN 9789113084800",
            "Öppet 2026-11-25 kl. 10-19, 1 200 besökare",
            "Telefon 070-123 45 67",
            "1811218-98765"})
    void leavesOrdinaryNumbersAlone(String text) {
        assertThat(TextFindings.personalIdentityNumbers(text)).isEmpty();
    }

    @Test
    void theLuhnCheckMatchesKnownNumbers() {
        assertThat(TextFindings.luhn("8112189876")).isTrue();
        assertThat(TextFindings.luhn("7010632391")).isTrue();
        assertThat(TextFindings.luhn("8112189877")).isFalse();
    }

    @Test
    void findsPrivateEmailAddressesButNotTheOrganisationsOwn() {
        String text = "Skriv till bibliotek@botkyrka.se, info@bibliotek.botkyrka.se eller anna.svensson@gmail.com!";

        assertThat(TextFindings.contactDetails(text, List.of("Botkyrka.se"))).containsExactly("anna.svensson@gmail.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ring 070-123 45 67 i kväll", "Ring +46 70 123 45 67", "Växel 08-530 610 00",
            "Sms:a 0701234567"})
    void findsPhoneNumbers(String text) {
        assertThat(TextFindings.contactDetails(text, List.of())).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Öppet kl. 10.00–19.00 den 25/11 2026", "Vi har 12 345 böcker", "Pris: 20 kr",
            "Personnummer 811218-9876 hör inte hit"})
    void doesNotTakeOtherNumbersForPhoneNumbers(String text) {
        assertThat(TextFindings.contactDetails(text, List.of())).isEmpty();
    }

    @Test
    void findsBannedWordsCaseInsensitivelyAsWholeWordsAndPhrases() {
        String text = "Vilken IDIOT! Idiotiskt? Håll Käften nu. Idiot";

        assertThat(TextFindings.bannedWords(text, List.of("idiot", "håll käften", " ")))
                .containsExactly("IDIOT", "Idiot", "Håll Käften");
    }

    @Test
    void flagsLongHashtagsWrittenInOneCaseOnly() {
        String text = "#BotkyrkaBibliotek #bok #botkyrkabibliotek #SOMMARLOVET #Bokmässan2026 #läsålskarna "
                + "C#programmering &#39; 📚#bokcirkel #Sommarlov";

        assertThat(TextFindings.hashtagsNotInCamelCase(text))
                .containsExactly("#botkyrkabibliotek", "#SOMMARLOVET", "#läsålskarna", "#bokcirkel");
    }

    @Test
    void aHashtagOfSixLettersInOneCaseIsOneWordButOneOfSevenIsFlagged() {
        assertThat(TextFindings.hashtagsNotInCamelCase("#sommar #sommars")).containsExactly("#sommars");
    }

    @Test
    void findsLinksThatAreNotHttps() {
        String text = "Läs http://example.org/program. Eller https://bibliotek.botkyrka.se och HTTP://gammal.se/x)";

        assertThat(TextFindings.insecureLinks(text)).containsExactly("http://example.org/program", "HTTP://gammal.se/x");
    }

    @Test
    void findsMentionsOfRegisteredHandlesOnly() {
        String text = "Tack @Anna_Privat och @biblioteket! Mejla anna_privat@gmail.com.";

        assertThat(TextFindings.mentions(text, List.of("@anna_privat", "tove.foto"))).containsExactly("@Anna_Privat");
    }

    @Test
    void findsRegisteredHandlesInASignatureWithOrWithoutTheAt() {
        assertThat(TextFindings.handlesIn("/Anna, Fittja – följ @Anna_Privat", List.of("@anna_privat")))
                .containsExactly("@Anna_Privat");
        assertThat(TextFindings.handlesIn("/Anna (anna_privat på Instagram)", List.of("@anna_privat")))
                .containsExactly("anna_privat");
        assertThat(TextFindings.handlesIn("/Anna, Fittja bibliotek", List.of("@anna_privat", "@"))).isEmpty();
    }
}
