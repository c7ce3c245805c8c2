package se.redaktionen.response.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/**
 * Logging a response whose insert fails used to be taken for a duplicate logged at the same moment;
 * the look-up for that twin then failed and the caller was told 404. Only a real twin is a duplicate.
 */
@PostgresTest
class ResponseApiInsertFailureTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    @Test
    void anInsertTheDatabaseRefusesForAnotherReasonIsAServerErrorNotANotFound() throws Exception {
        long channel = data.channel(ChannelKind.FACEBOOK_PAGE);
        String staff = data.staff().getUsername();
        // A refusal no validation foresees, as a new database rule or a value the database cannot hold would be.
        jdbc.execute("alter table response add constraint test_refuses_this check (text <> 'databasen vägrar')");
        try {
            mvc.perform(post("/api/v1/responses").with(httpBasic(staff, TestData.PASSWORD))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"channelId\":" + channel + ",\"kind\":\"COMMENT\",\"text\":\"databasen vägrar\","
                                    + "\"receivedAt\":\"2025-06-01T12:00:00Z\"}"))
                    .andExpect(status().isInternalServerError())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        } finally {
            jdbc.execute("alter table response drop constraint test_refuses_this");
        }
    }
}
