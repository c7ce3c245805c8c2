package se.redaktionen.publishing.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.jayway.jsonpath.JsonPath;

import se.redaktionen.RedaktionenApplication;
import se.redaktionen.publishing.PublicationRequest;
import se.redaktionen.publishing.Publications;
import se.redaktionen.support.TestData;
import se.redaktionen.support.TestDatabase;

/**
 * Two running instances with their schedulers on, one database, one slow platform: every publication
 * reaches the platform exactly once.
 */
class TwoInstancesPublishOnceTest {

    private static final int POSTS = 120;

    @Test
    void twoInstancesClaimingFromOneDatabasePublishEachPostExactlyOnce() throws Exception {
        WireMockServer wordpress = new WireMockServer(WireMockConfiguration.options().dynamicPort()
                .containerThreads(40));
        wordpress.start();
        wordpress.stubFor(post(urlPathEqualTo("/blogg/wp-json/wp/v2/posts")).willReturn(aResponse().withStatus(201)
                .withFixedDelay(20).withHeader("Content-Type", "application/json")
                .withBody("{\"id\":1,\"link\":\"https://blogg.example/inlagg/\"}")));
        TestDatabase.Database db = TestDatabase.fresh("twoinstances");
        try (ConfigurableApplicationContext first = start(db);
             ConfigurableApplicationContext second = start(db)) {
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            TestData data = new TestData(first, first.getBean(PlatformTransactionManager.class));
            long channelId = wordPressChannel(first, data, wordpress.baseUrl() + "/blogg");
            Publications publications = first.getBean(Publications.class);
            long author = data.staff().getPersonId();
            Instant due = Instant.now().plusSeconds(2);
            for (int i = 0; i < POSTS; i++) {
                long postId = jdbc.queryForObject("""
                        insert into post (body, author_id, sender_id, state, created_at, updated_at)
                        values (?, ?, ?, 'APPROVED', now(), now()) returning id""", Long.class, "Inlägg " + i,
                        author, author);
                publications.schedule(postId, due,
                        List.of(new PublicationRequest(channelId, "Inlägg " + i, "Inlägg " + i, null)));
            }

            Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
            while (unfinished(jdbc, channelId) > 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }

            assertThat(unfinished(jdbc, channelId)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from publication where state = 'PUBLISHED' "
                    + "and attempts = 1 and channel_id = ?", Integer.class, channelId)).isEqualTo(POSTS);
            await().untilAsserted(() -> assertThat(jdbc.queryForObject("select count(*) from post p "
                    + "where state = 'PUBLISHED' and exists (select 1 from publication x where x.post_id = p.id "
                    + "and x.channel_id = ?)", Integer.class, channelId)).isEqualTo(POSTS));
            List<LoggedRequest> calls = wordpress.findAll(postRequestedFor(urlPathEqualTo(
                    "/blogg/wp-json/wp/v2/posts")));
            Map<String, Long> callsPerSlug = calls.stream()
                    .map(r -> (String) JsonPath.read(r.getBodyAsString(), "$.slug"))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(callsPerSlug).hasSize(POSTS).allSatisfy((slug, count) -> assertThat(count).isEqualTo(1));
            assertThat(jdbc.queryForObject("select min(published_at) from publication where channel_id = ?",
                    Timestamp.class, channelId).toInstant())
                    .isAfterOrEqualTo(due.minusMillis(1));
        } finally {
            wordpress.stop();
        }
    }

    /** The test channel's publications not yet published (the demo data has others, due later). */
    private static int unfinished(JdbcTemplate jdbc, long channelId) {
        return jdbc.queryForObject("select count(*) from publication where state <> 'PUBLISHED' and channel_id = ?",
                Integer.class, channelId);
    }

    private static ConfigurableApplicationContext start(TestDatabase.Database db) {
        return new SpringApplicationBuilder(RedaktionenApplication.class)
                .profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.username(),
                        "--spring.datasource.password=" + db.password(),
                        "--redaktionen.publishing.scheduler-enabled=true",
                        "--redaktionen.publishing.poll-interval=100ms",
                        "--redaktionen.publishing.batch-size=5",
                        "--redaktionen.publishing.concurrency=4",
                        // A loaded test machine must not turn slow answers into reconciliations here.
                        "--redaktionen.platforms.read-timeout=60s");
    }

    /** A WordPress channel made over HTTP by a new admin, with two new editors responsible for it. */
    private static long wordPressChannel(ConfigurableApplicationContext app, TestData data, String site)
            throws Exception {
        String port = app.getEnvironment().getProperty("local.server.port");
        String json = "{\"name\":\"Tvåinstansbloggen\",\"kind\":\"WORDPRESS_BLOG\",\"handle\":\"" + site + "\","
                + "\"responsibleUsername\":\"" + data.editor().getUsername() + "\","
                + "\"deputyUsername\":\"" + data.editor().getUsername() + "\","
                + "\"credentials\":{\"username\":\"redaktionen\",\"applicationPassword\":\"abcd efgh\"}}";
        String admin = data.admin().getUsername() + ":" + TestData.PASSWORD;
        HttpResponse<String> created = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/channels"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        admin.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ((Number) JsonPath.read(created.body(), "$.id")).longValue();
    }
}
