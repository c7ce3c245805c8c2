package se.redaktionen.publishing.internal;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import com.jayway.jsonpath.JsonPath;

import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.Platforms;
import se.redaktionen.publishing.PublicationRequest;
import se.redaktionen.publishing.Publications;
import se.redaktionen.support.TestData;

/** Blog channels made through the admin API and approved posts with their outbox rows, for pipeline tests. */
public final class PipelineFixture {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private PipelineFixture() {
    }

    /** A WordPress channel whose site is {@code siteUrl}, with an application password. */
    public static long wordPressChannel(MockMvc mvc, TestData data, String siteUrl) throws Exception {
        return channel(mvc, data, "WORDPRESS_BLOG", siteUrl,
                "{\"username\":\"redaktionen\",\"applicationPassword\":\"abcd efgh ijkl mnop\"}");
    }

    /** A blog on WordPress.com whose site is {@code site} (its domain or number), with an OAuth2 token. */
    static long wordPressComChannel(MockMvc mvc, TestData data, String site, String token) throws Exception {
        return channel(mvc, data, "WORDPRESS_COM", site, "{\"accessToken\":\"" + token + "\"}");
    }

    /** Made by a new admin through the admin API, with two new editors responsible for it. */
    private static long channel(MockMvc mvc, TestData data, String kind, String handle, String credentials)
            throws Exception {
        String name = "Pipeline-blogg " + SEQUENCE.incrementAndGet() + " " + System.nanoTime();
        String json = "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\",\"handle\":\"" + handle + "\","
                + "\"responsibleUsername\":\"" + data.editor().getUsername() + "\","
                + "\"deputyUsername\":\"" + data.editor().getUsername() + "\","
                + "\"credentials\":" + credentials + "}";
        String created = mvc.perform(post("/api/v1/channels").with(TestData.basic(data.admin()))
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(created, "$.id")).longValue();
    }

    /** The context's outbox worked by a runner that calls {@code platforms} (stubs) instead of the real ones. */
    static PublicationRunner runner(ApplicationContext context, Platforms platforms) {
        return new PublicationRunner(context.getBean(PublicationStore.class), platforms,
                context.getBean(Channels.class), context.getBean(PublishingProperties.class), context,
                context.getBean(PlatformTransactionManager.class), Clock.systemUTC());
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
