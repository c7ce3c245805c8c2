package se.redaktionen.publishing.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.publishing.PublicationRequest;
import se.redaktionen.publishing.Publications;
import se.redaktionen.support.TestData;

/** Channels made through the admin API and approved posts with their outbox rows, for pipeline tests. */
public final class PipelineFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PipelineFixture() {
    }

    /**
     * A WordPress channel whose site is {@code siteUrl}, with an application password, made by a new admin
     * through the admin API with two new editors responsible for it.
     */
    public static long wordPressChannel(MockMvc mvc, TestData data, String siteUrl) throws Exception {
        String name = "Pipeline-blogg " + SEQUENCE.incrementAndGet() + " " + System.nanoTime();
        String json = "{\"name\":\"" + name + "\",\"kind\":\"WORDPRESS_BLOG\",\"handle\":\"" + siteUrl + "\","
                + "\"responsibleUsername\":\"" + data.editor().getUsername() + "\","
                + "\"deputyUsername\":\"" + data.editor().getUsername() + "\","
                + "\"credentials\":{\"username\":\"redaktionen\",\"applicationPassword\":\"abcd efgh ijkl mnop\"}}";
        String created = mvc.perform(post("/api/v1/channels").with(TestData.basic(data.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    /** An approved post by {@code author}, as the review leaves it, and its publications. */
    static long approvedPost(JdbcTemplate jdbc, Publications publications, StaffUser author, Instant due,
                             long... channelIds) {
        Timestamp now = Timestamp.from(Instant.now());
        long postId = jdbc.queryForObject("""
                insert into post (title, body, author_id, sender_id, state, created_at, updated_at)
                values ('Rubrik', ?, ?, ?, 'APPROVED', ?, ?) returning id""", Long.class,
                "Text nummer " + SEQUENCE.incrementAndGet(), author.getPersonId(), author.getPersonId(), now, now);
        publications.schedule(postId, due, java.util.Arrays.stream(channelIds)
                .mapToObj(c -> new PublicationRequest(c, "Rubrik", "Hej från biblioteket " + postId, null))
                .toList());
        return postId;
    }

    static long publicationOf(JdbcTemplate jdbc, long postId) {
        List<Long> ids = jdbc.queryForList("select id from publication where post_id = ?", Long.class, postId);
        return ids.get(0);
    }

    static String slugOf(JdbcTemplate jdbc, long publicationId) {
        return jdbc.queryForObject("select slug from publication where id = ?", String.class, publicationId);
    }
}
