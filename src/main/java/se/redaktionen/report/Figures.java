package se.redaktionen.report;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.AudienceChange;
import se.redaktionen.channel.AudienceUnit;
import se.redaktionen.channel.Audiences;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.publishing.Publications;
import se.redaktionen.response.ChannelResponseFigures;
import se.redaktionen.response.Responses;

/**
 * "Where do we get response?": per channel, what was published and what came back, in exact numbers,
 * most responses first. Channels with neither posts nor responses in the period are left out, and so
 * are the practice channels: what staff try out there is no response from the library's audience.
 */
@Service
class Figures {

    private final Channels channels;
    private final Publications publications;
    private final Responses responses;
    private final Audiences audiences;
    private final ZoneId zone;

    Figures(Channels channels, Publications publications, Responses responses, Audiences audiences,
            RedaktionenProperties properties) {
        this.channels = channels;
        this.audiences = audiences;
        this.publications = publications;
        this.responses = responses;
        this.zone = properties.timeZone();
    }

    List<ChannelFigures> perChannel(FigurePeriod period) {
        Map<Long, Long> posts = publications.postsPublished(period.start(zone), period.end(zone));
        Map<Long, ChannelResponseFigures> byChannel = responses.figures(period.start(zone), period.end(zone)).stream()
                .collect(Collectors.toMap(ChannelResponseFigures::channelId, Function.identity()));
        return channels.all().stream()
                .filter(c -> !c.practice())
                .filter(c -> posts.containsKey(c.id()) || byChannel.containsKey(c.id()))
                .map(c -> row(c, posts.getOrDefault(c.id(), 0L), byChannel.get(c.id()),
                        audiences.change(c.id(), period.from(), period.to()).orElse(null)))
                .sorted(Comparator.comparingLong(ChannelFigures::responses).reversed()
                        .thenComparing(ChannelFigures::people, Comparator.reverseOrder())
                        .thenComparing(ChannelFigures::channel))
                .toList();
    }

    ZoneId zone() {
        return zone;
    }

    private static ChannelFigures row(ChannelSummary channel, long posts, ChannelResponseFigures figures,
                                      AudienceChange audience) {
        Long followers = audience == null ? null : (long) audience.followers();
        Long fans = audience == null || audience.fans() == null ? null : (long) audience.fans();
        AudienceUnit unit = AudienceUnit.of(channel.rules());
        if (figures == null) {
            return new ChannelFigures(channel.id(), channel.name(), channel.kind().name(), channel.active(), posts, 0,
                    0, 0, 0, null, null, followers, unit, fans);
        }
        return new ChannelFigures(channel.id(), channel.name(), channel.kind().name(), channel.active(), posts,
                figures.responses(), figures.people(), figures.needingAnswer(), figures.answeredInTime(),
                figures.answeredInTimePercent(), figures.medianFirstAnswer(), followers, unit, fans);
    }
}
