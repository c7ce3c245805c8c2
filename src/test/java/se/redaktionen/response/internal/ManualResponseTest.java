package se.redaktionen.response.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.response.ResponseKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * A response logged by hand is one {@link ManualResponse}, checked once where it is recorded: the
 * page's form, the API and the CSV import find the same problem and word it in their own keys.
 */
@PostgresTest
class ManualResponseTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String LONG_TEXT = "a".repeat(ManualResponse.MAX_TEXT + 1);
    private static final String LONG_NAME = "n".repeat(ManualResponse.MAX_FIELD + 1);

    @Autowired
    MockMvc mvc;
    @Autowired
    ManualResponses manual;
    @Autowired
    ResponseCsvImport csv;
    @Autowired
    TestData data;

    long channel;
    StaffUser staff;

    @BeforeEach
    void channelAndPerson() {
        channel = data.channel(ChannelKind.FACEBOOK_PAGE);
        staff = data.staff();
    }

    @Test
    void aTextTooLongIsTheSameProblemOnTheFormTheApiAndInAFile() throws Exception {
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        assertThat(checks(LONG_TEXT, "Eva", yesterday)).containsExactly(ManualResponse.Check.TEXT_TOO_LONG);
        form(LONG_TEXT, "Eva", yesterday, model().attributeHasFieldErrorCode("manualResponseForm", "text",
                "validation.tooLong"));
        api(LONG_TEXT, "Eva", yesterday, "response.api.textRequired");
        assertThat(file(LONG_TEXT, "Eva", yesterday)).isEqualTo("response.import.textTooLong");
    }

    @Test
    void aNameTooLongIsTheSameProblemOnTheFormTheApiAndInAFile() throws Exception {
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        assertThat(checks("Hej", LONG_NAME, yesterday)).containsExactly(ManualResponse.Check.TOO_LONG);
        form("Hej", LONG_NAME, yesterday, model().attributeHasFieldErrorCode("manualResponseForm", "authorName",
                "validation.tooLong"));
        api("Hej", LONG_NAME, yesterday, "response.api.fieldTooLong");
        assertThat(file("Hej", LONG_NAME, yesterday)).isEqualTo("response.import.fieldTooLong");
    }

    @Test
    void aTimeInTheFutureIsTheSameProblemOnTheFormTheApiAndInAFile() throws Exception {
        Instant tomorrow = Instant.now().plus(1, ChronoUnit.DAYS);
        assertThat(checks("Hej", "Eva", tomorrow)).containsExactly(ManualResponse.Check.RECEIVED_FUTURE);
        form("Hej", "Eva", tomorrow, model().attributeHasFieldErrorCode("manualResponseForm", "receivedOn",
                "response.log.future"));
        api("Hej", "Eva", tomorrow, "response.api.receivedAtInvalid");
        assertThat(file("Hej", "Eva", tomorrow)).isEqualTo("response.import.receivedFuture");
    }

    @Test
    void aBlankTextIsTheSameProblemOnTheFormTheApiAndInAFile() throws Exception {
        Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        assertThat(checks(" ", "Eva", yesterday)).containsExactly(ManualResponse.Check.TEXT_REQUIRED);
        form(" ", "Eva", yesterday, model().attributeHasFieldErrorCode("manualResponseForm", "text",
                "response.log.textRequired"));
        api(" ", "Eva", yesterday, "response.api.textRequired");
        assertThat(file("", "Eva", yesterday)).isEqualTo("response.import.textRequired");
    }

    private List<ManualResponse.Check> checks(String text, String author, Instant receivedAt) {
        return manual.problems(new ManualResponse(channel, null, ResponseKind.COMMENT, author, null, text, receivedAt,
                null, Response.Source.MANUAL), staff).stream().map(ManualResponse.Problem::check).toList();
    }

    private void form(String text, String author, Instant receivedAt, ResultMatcher error) throws Exception {
        LocalDateTime local = LocalDateTime.ofInstant(receivedAt, STOCKHOLM);
        mvc.perform(post("/responses/new").with(as(staff)).with(csrf())
                        .param("channelId", String.valueOf(channel)).param("kind", "COMMENT")
                        .param("text", text).param("authorName", author)
                        .param("receivedOn", local.toLocalDate().toString())
                        .param("receivedTime", local.toLocalTime().truncatedTo(ChronoUnit.MINUTES).toString()))
                .andExpect(status().isOk())
                .andExpect(model().errorCount(1))
                .andExpect(error);
    }

    private void api(String text, String author, Instant receivedAt, String code) throws Exception {
        mvc.perform(post("/api/v1/responses").with(httpBasic(staff.getUsername(), TestData.PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"channelId\":" + channel + ",\"kind\":\"COMMENT\",\"text\":\"" + text
                                + "\",\"authorName\":\"" + author + "\",\"receivedAt\":\"" + receivedAt + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(code));
    }

    private String file(String text, String author, Instant receivedAt) {
        String content = String.join(",", ResponseCsvImport.COLUMNS) + "\n"
                + channel + ",," + "COMMENT," + author + ",," + text + "," + receivedAt + "\n";
        ResponseCsvImport.Outcome outcome = csv.read(content.getBytes(StandardCharsets.UTF_8), staff);
        assertThat(outcome.imported()).isZero();
        return outcome.refused().get(0).reason();
    }
}
