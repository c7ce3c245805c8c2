package se.redaktionen.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import se.redaktionen.Refused;

/** The figures as JSON, for the staff-meeting spreadsheets; the period's dates are both included. */
@RestController
@PreAuthorize("isAuthenticated()")
class FiguresApiController {

    record FiguresJson(LocalDate from, LocalDate to, List<ChannelFiguresJson> channels) {
    }

    /** {@code audienceChange} counts {@code audienceUnit} (FOLLOWERS or SUBSCRIBERS); {@code fansChange} page likes. */
    record ChannelFiguresJson(long channelId, String channel, String kind, boolean active, long postsPublished,
                              long responses, long peopleInDialogue, long needingAnswer, long answeredInTime,
                              Double answeredInTimePercent, Long medianFirstAnswerMinutes, Long audienceChange,
                              String audienceUnit, Long fansChange) {
    }

    private final Figures figures;
    private final Clock clock;

    FiguresApiController(Figures figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    @GetMapping("/api/v1/figures")
    FiguresJson figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        FigurePeriod period = FigurePeriod.parse(from, to, LocalDate.now(clock.withZone(figures.zone())));
        if (period.corrected()) {
            throw Refused.invalid("figures.periodInvalid");
        }
        return new FiguresJson(period.from(), period.to(), figures.perChannel(period).stream()
                .map(f -> new ChannelFiguresJson(f.channelId(), f.channel(), f.kind(), f.active(), f.postsPublished(),
                        f.responses(), f.people(), f.needingAnswer(), f.answeredInTime(), f.answeredInTimePercent(),
                        f.medianFirstAnswer() == null ? null : f.medianFirstAnswer().toMinutes(), f.audienceChange(),
                        f.audienceUnit().name(), f.fansChange()))
                .toList());
    }
}
