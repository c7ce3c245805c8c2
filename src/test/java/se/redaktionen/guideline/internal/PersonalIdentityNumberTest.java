package se.redaktionen.guideline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The personal identity number rule, one case at a time: a number is flagged only when its date exists
 * and its check digit is right, so that ordinary ten-digit numbers pass and real identity numbers never do.
 * Every number here has the right check digit unless the test says otherwise.
 */
class PersonalIdentityNumberTest {

    private static boolean found(String text) {
        return !TextFindings.personalIdentityNumbers(text).isEmpty();
    }

    @Test
    void theCheckDigitBringsTheWeightedSumUpToAWholeTen() {
        assertThat(TextFindings.checkDigit("811218987")).isEqualTo(6);
        assertThat(TextFindings.checkDigit("701063239")).isEqualTo(1);
    }

    @Test
    void aWeightedSumThatIsAlreadyAWholeTenHasCheckDigitZero() {
        assertThat(TextFindings.checkDigit("810101000")).isZero();
        assertThat(found("810101-0000")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"811218-9870", "811218-9871", "811218-9872", "811218-9873", "811218-9874",
            "811218-9875", "811218-9877", "811218-9878", "811218-9879"})
    void everyOtherCheckDigitMakesItAnOrdinaryNumber(String number) {
        assertThat(found(number)).isFalse();
    }

    @Test
    void aCoordinationNumbersDayIsTheDayOfBirthPlus60() {
        assertThat(TextFindings.personalIdentityNumbers("Samordningsnummer 000161-1235"))
                .containsExactly("000161-****");
    }

    @Test
    void aCoordinationNumberForTheThirtyFirstHasDay91AndDay92DoesNotExist() {
        assertThat(found("000191-1239")).isTrue();
        assertThat(found("000192-1238")).isFalse();
    }

    @Test
    void day60IsNeitherABirthDayNorACoordinationDay() {
        assertThat(found("000160-1236")).isFalse();
    }

    @Test
    void the29thOfFebruaryIsTakenWhenTheCenturyIsNotWritten() {
        assertThat(found("000229-1235")).isTrue();
    }

    @Test
    void the29thOfFebruaryExistsInALeapYear() {
        assertThat(found("20240229-1237")).isTrue();
    }

    @Test
    void the29thOfFebruaryExistsIn2000ForItIsDivisibleBy400() {
        assertThat(found("20000229-1235")).isTrue();
    }

    @Test
    void the29thOfFebruaryDoesNotExistIn1900ForItIsACenturyNotDivisibleBy400() {
        assertThat(found("19000229-1235")).isFalse();
    }

    @Test
    void the29thOfFebruaryDoesNotExistInAnOrdinaryYear() {
        assertThat(found("20230229-1238")).isFalse();
    }

    @Test
    void the28thOfFebruaryExistsInAnOrdinaryYear() {
        assertThat(found("20230228-1239")).isTrue();
    }

    @Test
    void januaryTheFirstIsAValidDate() {
        assertThat(found("000101-1238")).isTrue();
    }

    @Test
    void decemberTheThirtyFirstIsAValidDate() {
        assertThat(found("001231-1239")).isTrue();
    }

    @Test
    void month13DoesNotExist() {
        assertThat(found("001301-1234")).isFalse();
    }

    @Test
    void month00DoesNotExist() {
        assertThat(found("000001-1239")).isFalse();
    }

    @Test
    void day00DoesNotExist() {
        assertThat(found("000100-1239")).isFalse();
    }

    @Test
    void januaryHas31DaysAndNot32() {
        assertThat(found("000131-1232")).isTrue();
        assertThat(found("000132-1231")).isFalse();
    }

    @Test
    void aprilHas30DaysAndNot31() {
        assertThat(found("990430-1232")).isTrue();
        assertThat(found("990431-1231")).isFalse();
    }

    @Test
    void aTwelveDigitNumberWithAHyphenIsMaskedWithItsCentury() {
        assertThat(TextFindings.personalIdentityNumbers("19811218-9876")).containsExactly("19811218-****");
    }

    @Test
    void aTwelveDigitNumberWithAPlusKeepsThePlus() {
        assertThat(TextFindings.personalIdentityNumbers("19811218+9876")).containsExactly("19811218+****");
    }

    @Test
    void aTenDigitNumberWithAHyphenIsMasked() {
        assertThat(TextFindings.personalIdentityNumbers("811218-9876")).containsExactly("811218-****");
    }

    @Test
    void aTenDigitNumberWithAPlusForSomeoneOver100KeepsThePlus() {
        assertThat(TextFindings.personalIdentityNumbers("811218+9876")).containsExactly("811218+****");
    }

    @Test
    void aTenDigitNumberWithoutSeparatorIsMaskedWithAHyphen() {
        assertThat(TextFindings.personalIdentityNumbers("8112189876")).containsExactly("811218-****");
    }
}
