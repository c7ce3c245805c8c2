package se.redaktionen.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import se.redaktionen.channel.AudienceChange;
import se.redaktionen.channel.AudienceFetch;
import se.redaktionen.channel.AudienceSnapshot;
import se.redaktionen.channel.AudienceSource;
import se.redaktionen.channel.Audiences;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/** One figure per channel per day, whoever records it and however many at once; the change over a period. */
@PostgresTest
class AudienceRecordingTest {

    private static final LocalDate DAY = LocalDate.of(2025, 9, 1);

    @Autowired
    Audiences audiences;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;

    @Test
    void theSameDayTwiceIsOneRowWithTheLaterNumbers() {
        long channel = AudienceFixture.channel(jdbc, data, "FACEBOOK_PAGE");

        assertThat(audiences.record(channel, DAY, 5678, 5600, AudienceSource.PLATFORM, null)).isTrue();
        assertThat(audiences.record(channel, DAY, 5690, 5601, AudienceSource.PLATFORM, null)).isFalse();

        assertThat(AudienceFixture.rows(jdbc, channel)).isEqualTo(1);
        assertThat(audiences.snapshots(channel, DAY, DAY))
                .containsExactly(new AudienceSnapshot(DAY, 5690, 5601, AudienceSource.PLATFORM));
    }

    @Test
    void aManualCountReplacesThePlatformsFigureOfThatDayAndNamesWhoCounted() {
        long channel = AudienceFixture.channel(jdbc, data, "TWITTER");
        long person = data.staff().getPersonId();
        audiences.record(channel, DAY, 1234, null, AudienceSource.PLATFORM, null);

        audiences.record(channel, DAY, 1240, null, AudienceSource.MANUAL, person);

        assertThat(jdbc.queryForMap("select followers, source, recorded_by from audience_snapshot "
                + "where channel_id = ?", channel))
                .containsEntry("followers", 1240).containsEntry("source", "MANUAL").containsEntry("recorded_by", person);
    }

    @Test
    void twoInstancesRecordingTheSameDayAtOnceLeaveOneRow() throws Exception {
        long channel = AudienceFixture.channel(jdbc, data, "TWITTER");
        int writers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int followers = 1000 + i;
                Callable<Boolean> write = () -> {
                    start.await();
                    return audiences.record(channel, DAY, followers, null, AudienceSource.PLATFORM, null);
                };
                results.add(pool.submit(write));
            }
            start.countDown();
            int inserted = 0;
            for (Future<Boolean> result : results) {
                inserted += result.get() ? 1 : 0;
            }
            assertThat(inserted).as("exactly one writer inserts; the others replace").isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(AudienceFixture.rows(jdbc, channel)).isEqualTo(1);
    }

    @Test
    void theChangeRunsFromTheFirstToTheLastFigureOfThePeriodBothDaysIncluded() {
        long channel = AudienceFixture.channel(jdbc, data, "FACEBOOK_PAGE");
        audiences.record(channel, DAY.minusDays(1), 3000, 2900, AudienceSource.PLATFORM, null);
        audiences.record(channel, DAY, 3529, 3400, AudienceSource.PLATFORM, null);
        audiences.record(channel, DAY.plusDays(10), 3500, 3390, AudienceSource.PLATFORM, null);
        audiences.record(channel, DAY.plusDays(30), 3649, 3417, AudienceSource.PLATFORM, null);
        audiences.record(channel, DAY.plusDays(31), 9999, 9999, AudienceSource.PLATFORM, null);

        AudienceChange change = audiences.change(channel, DAY, DAY.plusDays(30)).orElseThrow();

        assertThat(change.since()).isEqualTo(DAY);
        assertThat(change.until()).isEqualTo(DAY.plusDays(30));
        assertThat(change.followers()).isEqualTo(120);
        assertThat(change.percent()).isEqualByComparingTo(new BigDecimal("3.4"));
        assertThat(change.fans()).isEqualTo(17);
        assertThat(change.fansPercent()).isEqualByComparingTo(new BigDecimal("0.5"));
        assertThat(audiences.snapshots(channel, DAY, DAY.plusDays(30))).extracting(AudienceSnapshot::followers)
                .containsExactly(3529, 3500, 3649);
    }

    @Test
    void aLossIsNegativeAPeriodWithoutFiguresHasNoChangeAndFromZeroHasNoPercent() {
        long channel = AudienceFixture.channel(jdbc, data, "WORDPRESS_BLOG");
        audiences.record(channel, DAY, 0, null, AudienceSource.MANUAL, null);
        audiences.record(channel, DAY.plusDays(7), 40, null, AudienceSource.MANUAL, null);
        audiences.record(channel, DAY.plusDays(14), 30, null, AudienceSource.MANUAL, null);

        assertThat(audiences.change(channel, DAY.minusDays(30), DAY.minusDays(1))).isEmpty();
        AudienceChange fromZero = audiences.change(channel, DAY, DAY.plusDays(7)).orElseThrow();
        assertThat(fromZero.followers()).isEqualTo(40);
        assertThat(fromZero.percent()).isNull();
        assertThat(fromZero.fans()).isNull();
        AudienceChange loss = audiences.change(channel, DAY.plusDays(7), DAY.plusDays(14)).orElseThrow();
        assertThat(loss.followers()).isEqualTo(-10);
        assertThat(loss.percent()).isEqualByComparingTo(new BigDecimal("-25.0"));
    }

    @Test
    void aFailedFetchIsRecordedAndTheNextPlatformFigureClearsIt() {
        long channel = AudienceFixture.channel(jdbc, data, "TWITTER");

        audiences.recordFetchFailure(channel, "TOKEN_INVALID", "Invalid or expired token.");
        AudienceFetch failed = audiences.lastFetch(channel).orElseThrow();
        assertThat(failed.failed()).isTrue();
        assertThat(failed.errorCode()).isEqualTo("TOKEN_INVALID");
        assertThat(failed.errorDetail()).isEqualTo("Invalid or expired token.");
        assertThat(failed.succeededAt()).isNull();

        audiences.record(channel, DAY, 1234, null, AudienceSource.PLATFORM, null);
        AudienceFetch worked = audiences.lastFetch(channel).orElseThrow();
        assertThat(worked.failed()).isFalse();
        assertThat(worked.succeededAt()).isNotNull();

        audiences.recordFetchFailure(channel, "NETWORK", null);
        assertThat(audiences.lastFetch(channel).orElseThrow())
                .satisfies(f -> assertThat(f.errorCode()).isEqualTo("NETWORK"))
                .satisfies(f -> assertThat(f.succeededAt()).as("the last success is kept").isNotNull());
        assertThat(AudienceFixture.rows(jdbc, channel)).as("a failure leaves the day's figure").isEqualTo(1);
    }
}
