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

import se.redaktionen.support.PostgresTest;

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

    @Test
    void anInsertTheDatabaseRefusesForAnotherReasonIsAServerErrorNotANotFound() throws Exception {
        long channel = jdbc.queryForObject("select id from channel where kind = 'FACEBOOK_PAGE' order by id limit 1",
                Long.class);
        // A refusal no validation foresees, as a new database rule or a value the database cannot hold would be.
        jdbc.execute("alter table response add constraint test_refuses_this check (text <> 'databasen vägrar')");
        try {
            mvc.perform(post("/api/v1/responses").with(httpBasic("demo-staff", "demo"))
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
