package se.redaktionen.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.AudienceChange;
import se.redaktionen.channel.AudienceSnapshot;
import se.redaktionen.channel.AudienceSource;
import se.redaktionen.channel.AudienceUnit;
import se.redaktionen.channel.Audiences;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.publishing.Publications;
import se.redaktionen.response.ChannelResponseFigures;
import se.redaktionen.response.Responses;

/**
 * Which channels get a row and in what order, without a database: the modules the figures come from
 * are stood in for, so each test says exactly what was published and what came back in November.
 */
class FiguresPerChannelTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final FigurePeriod NOVEMBER = new FigurePeriod(LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 30), false);

    private final Channels channels = mock(Channels.class);
    private final Publications publications = mock(Publications.class);
    private final Responses responses = mock(Responses.class);
    private final Audiences audiences = mock(Audiences.class);
    private final Figures figures = new Figures(channels, publications, responses, audiences,
            new RedaktionenProperties(STOCKHOLM, false, null, null, null));

    private static ChannelSummary channel(long id, String name, ChannelKind kind) {
        return new ChannelSummary(id, name, kind, null, true, kind == ChannelKind.SANDBOX ? ChannelKind.TWITTER : kind);
    }

    private static ChannelResponseFigures came(long channelId, long responses, long people) {
        return new ChannelResponseFigures(channelId, responses, people, 4, 3, 2, Duration.ofHours(5));
    }

    private void inNovember(Map<Long, Long> posts, List<ChannelResponseFigures> back) {
        when(publications.postsPublished(NOVEMBER.start(STOCKHOLM), NOVEMBER.end(STOCKHOLM))).thenReturn(posts);
        when(responses.figures(NOVEMBER.start(STOCKHOLM), NOVEMBER.end(STOCKHOLM))).thenReturn(back);
    }

    private void audience(long channelId, int followersFrom, int followersTo, Integer fansFrom, Integer fansTo) {
        when(audiences.change(channelId, NOVEMBER.from(), NOVEMBER.to())).thenReturn(Optional.of(
                AudienceChange.between(new AudienceSnapshot(NOVEMBER.from(), followersFrom, fansFrom,
                                AudienceSource.MANUAL),
                        new AudienceSnapshot(NOVEMBER.to(), followersTo, fansTo, AudienceSource.MANUAL))));
    }

    @Test
    void aChannelWithResponsesHasItsCountsInItsRow() {
        when(channels.all()).thenReturn(List.of(channel(1, "Facebook", ChannelKind.FACEBOOK_PAGE)));
        inNovember(Map.of(1L, 3L), List.of(came(1, 10, 6)));

        assertThat(figures.perChannel(NOVEMBER)).containsExactly(new ChannelFigures(1, "Facebook", "FACEBOOK_PAGE",
                true, 3, 10, 6, 4, 2, 50.0, Duration.ofHours(5), null, AudienceUnit.FOLLOWERS, null));
    }

    @Test
    void aChannelWithPostsButNoResponsesHasZerosAndNoShare() {
        when(channels.all()).thenReturn(List.of(channel(1, "Bloggen", ChannelKind.WORDPRESS_BLOG)));
        inNovember(Map.of(1L, 2L), List.of());

        assertThat(figures.perChannel(NOVEMBER)).containsExactly(new ChannelFigures(1, "Bloggen", "WORDPRESS_BLOG",
                true, 2, 0, 0, 0, 0, null, null, null, AudienceUnit.SUBSCRIBERS, null));
    }

    @Test
    void aChannelWithResponsesButNoPostsHasZeroPosts() {
        when(channels.all()).thenReturn(List.of(channel(1, "X", ChannelKind.TWITTER)));
        inNovember(Map.of(), List.of(came(1, 5, 5)));

        assertThat(figures.perChannel(NOVEMBER)).singleElement()
                .satisfies(row -> assertThat(row.postsPublished()).isZero());
    }

    @Test
    void aChannelWithNeitherPostsNorResponsesIsLeftOut() {
        when(channels.all()).thenReturn(List.of(channel(1, "X", ChannelKind.TWITTER),
                channel(2, "Facebook", ChannelKind.FACEBOOK_PAGE)));
        inNovember(Map.of(1L, 1L), List.of());

        assertThat(figures.perChannel(NOVEMBER)).extracting(ChannelFigures::channelId).containsExactly(1L);
    }

    @Test
    void aPracticeChannelIsLeftOutWhateverCameBack() {
        when(channels.all()).thenReturn(List.of(channel(1, "Övning: X", ChannelKind.SANDBOX)));
        inNovember(Map.of(1L, 4L), List.of(came(1, 9, 3)));

        assertThat(figures.perChannel(NOVEMBER)).isEmpty();
    }

    @Test
    void mostResponsesComeFirstThenMostPeopleThenByName() {
        when(channels.all()).thenReturn(List.of(channel(1, "Bloggen", ChannelKind.WORDPRESS_BLOG),
                channel(2, "X", ChannelKind.TWITTER), channel(3, "Facebook", ChannelKind.FACEBOOK_PAGE),
                channel(4, "Alby-bloggen", ChannelKind.WORDPRESS_BLOG)));
        inNovember(Map.of(), List.of(came(1, 5, 2), came(2, 5, 4), came(3, 9, 1), came(4, 5, 2)));

        assertThat(figures.perChannel(NOVEMBER)).extracting(ChannelFigures::channel)
                .containsExactly("Facebook", "X", "Alby-bloggen", "Bloggen");
    }

    @Test
    void theAudienceChangeCountsFollowersAndFans() {
        when(channels.all()).thenReturn(List.of(channel(1, "Facebook", ChannelKind.FACEBOOK_PAGE)));
        inNovember(Map.of(1L, 1L), List.of());
        audience(1, 300, 310, 400, 425);

        assertThat(figures.perChannel(NOVEMBER)).singleElement().satisfies(row -> {
            assertThat(row.audienceChange()).isEqualTo(10L);
            assertThat(row.fansChange()).isEqualTo(25L);
        });
    }

    @Test
    void anAudienceWithoutFansHasAFollowerChangeOnly() {
        when(channels.all()).thenReturn(List.of(channel(1, "X", ChannelKind.TWITTER)));
        inNovember(Map.of(), List.of(came(1, 1, 1)));
        audience(1, 300, 290, null, null);

        assertThat(figures.perChannel(NOVEMBER)).singleElement().satisfies(row -> {
            assertThat(row.audienceChange()).isEqualTo(-10L);
            assertThat(row.fansChange()).isNull();
        });
    }

    @Test
    void theFiguresAreCountedOnTheLibrarysClock() {
        assertThat(figures.zone()).isEqualTo(STOCKHOLM);
    }
}
