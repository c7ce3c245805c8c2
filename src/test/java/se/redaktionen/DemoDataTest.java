package se.redaktionen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the zero-setup demo seeds, on its own fresh H2 file: every post's and response's history in the
 * order it could have happened — created, submitted, reviewed, published, then responses, then answers —
 * and exactly the figures README.md promises.
 */
class DemoDataTest {

    @TempDir
    static Path dataDir;

    static ConfigurableApplicationContext app;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void seedTheDemo() {
        String url = "jdbc:h2:file:" + dataDir.resolve("redaktionen")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        app = new SpringApplicationBuilder(RedaktionenApplication.class).profiles("demo")
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.main.banner-mode=off",
                        "--redaktionen.data-dir=" + dataDir, "--logging.level.root=WARN");
        jdbc = app.getBean(JdbcTemplate.class);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void everyPostsHistoryRunsForwardFromItsCreation() {
        assertThat(ids("select distinct p.id from post p join post_transition t on t.post_id = p.id "
                + "where t.at < p.created_at")).as("moved before it was created").isEmpty();
        assertThat(ids("select distinct a.post_id from post_transition a join post_transition b "
                + "on b.post_id = a.post_id and b.id > a.id where b.at < a.at")).as("moved back in time").isEmpty();
        assertThat(ids("select distinct p.id from post p join post_comment c on c.post_id = p.id "
                + "where c.at < p.created_at")).as("commented before it was created").isEmpty();
        assertThat(ids("select distinct u.post_id from publication u join post_transition t on t.post_id = u.post_id "
                + "where t.to_state = 'APPROVED' and u.published_at < t.at")).as("published before approval")
                .isEmpty();
        assertThat(count("select count(*) from post_transition")).isPositive();
    }

    @Test
    void everyResponseComesAfterWhatItAnswersAndIsDealtWithAfterItCame() {
        assertThat(ids("select r.id from response r join publication u on u.id = r.publication_id "
                + "where r.received_at < u.published_at")).as("before the post it answers").isEmpty();
        assertThat(ids("select r.id from response r join response q on q.channel_id = r.channel_id "
                + "and q.platform_id = r.in_reply_to where r.received_at < q.received_at"))
                .as("before the response it answers").isEmpty();
        assertThat(ids("select id from response where created_at < received_at")).as("logged before it came")
                .isEmpty();
        assertThat(ids("select id from response where first_answered_at < created_at"))
                .as("answered before it was logged").isEmpty();
        assertThat(ids("select r.id from response r join response_moderation m on m.response_id = r.id "
                + "where m.acted_at < r.created_at")).as("moderated before it was logged").isEmpty();
        assertThat(count("select count(*) from response where first_answered_at is not null")).isPositive();
    }

    @Test
    void theHistorySeededIsExactlyWhatTheReadmeSays() {
        String real = " from publication u join channel c on c.id = u.channel_id where c.kind <> 'SANDBOX' "
                + "and u.state = 'PUBLISHED'";
        assertThat(count("select count(distinct u.post_id)" + real)).as("published posts").isEqualTo(60);
        assertThat(count("select count(*)" + real)).as("publications").isEqualTo(76);
        assertThat(count("select count(distinct author_name) from response")).as("people").isEqualTo(82);
        assertThat(count("select count(*) from response where state = 'HIDDEN'")).isEqualTo(1);
        assertThat(count("select count(*) from response where state = 'REMOVED'")).isEqualTo(1);
        assertThat(count("select count(*) from response")).as("a few hundred responses").isBetween(200L, 400L);
    }

    /** README: May's book fair and an author visit in the past, and tonight's author visit open for live posts. */
    @Test
    void theEventsAreMaysBookFairAPastAuthorVisitAndTonightsVisitInTumbaOpenForLiveCoverage() {
        assertThat(count("select count(*) from event")).isEqualTo(3);
        assertThat(count("select count(*) from event where kind = 'BOOK_FAIR' and ends_at < now() "
                + "and extract(month from starts_at) = 5")).as("the book fair in May").isEqualTo(1);
        assertThat(count("select count(*) from event_team_member m join event e on e.id = m.event_id "
                + "where e.kind = 'BOOK_FAIR'")).as("several in its team").isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from event where kind = 'AUTHOR_VISIT' and ends_at < now()"))
                .as("a past author visit").isEqualTo(1);
        List<Long> open = ids("select e.id from event e join branch b on b.id = e.branch_id where b.name = 'Tumba' "
                + "and e.window_opens_at <= now() and e.window_closes_at > now() and e.cancelled_at is null");
        assertThat(open).as("tonight's visit in Tumba, its live window open").hasSize(1);
        assertThat(jdbc.queryForList("select p.username from event_team_member m join person p on p.id = m.person_id "
                + "where m.event_id = ?", String.class, open.get(0))).contains("demo-staff");
        assertThat(jdbc.queryForList("select c.name from event_channel ec join channel c on c.id = ec.channel_id "
                + "where ec.event_id = ?", String.class, open.get(0)))
                .containsExactlyInAnyOrder("Övning: X", "Övning: Facebook");
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private List<Long> ids(String sql) {
        return jdbc.queryForList(sql, Long.class);
    }
}
