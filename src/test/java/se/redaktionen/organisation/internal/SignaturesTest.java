package se.redaktionen.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a name and a branch give the channels' signature templates, and how handles are read. */
class SignaturesTest {

    @Test
    void theFirstNameIsTheFirstWordOfTheName() {
        assertThat(Signatures.firstName("Anna Maria Lind")).isEqualTo("Anna");
    }

    @Test
    void aNameOfOneWordIsItsOwnFirstName() {
        assertThat(Signatures.firstName(" Omar ")).isEqualTo("Omar");
    }

    @Test
    void theInitialsAreTheFirstLetterOfEveryWord() {
        assertThat(Signatures.initials(" Åsa  Öberg Lind ")).isEqualTo("ÅÖL");
    }

    @Test
    void anInitialOutsideTheBasicPlaneIsKeptWhole() {
        assertThat(Signatures.initials("𝓐nna Lind")).isEqualTo("𝓐L");
    }

    @Test
    void aBlankNameHasNoInitials() {
        assertThat(Signatures.initials(" ")).isEmpty();
    }

    @Test
    void theDefaultSignatureIsTheFirstNameAndTheBranch() {
        assertThat(Signatures.defaultSignature("Anna Lind", "Fittja")).isEqualTo("/Anna, Fittja");
    }

    @Test
    void aChosenSignatureIsUsedAsItIs() {
        assertThat(Signatures.effective("/Rut på Alby", "Rut Ek", "Alby")).isEqualTo("/Rut på Alby");
    }

    @Test
    void noChosenSignatureMeansTheDefaultOne() {
        assertThat(Signatures.effective(null, "Rut Ek", "Alby")).isEqualTo("/Rut, Alby");
    }

    @Test
    void aSignatureOfOnlySpacesMeansTheDefaultOne() {
        assertThat(Signatures.effective("  ", "Rut Ek", "Alby")).isEqualTo("/Rut, Alby");
    }

    @Test
    void handlesAreWrittenApartByCommasSpacesOrLines() {
        assertThat(Signatures.handles(", @tove_privat,@tove.foto\n@tove2  "))
                .containsExactly("@tove_privat", "@tove.foto", "@tove2");
    }

    @Test
    void noHandlesWrittenAreNoHandles() {
        assertThat(Signatures.handles(null)).isEmpty();
        assertThat(Signatures.handles(" ")).isEmpty();
    }
}
