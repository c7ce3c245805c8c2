package se.redaktionen.response.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.response.ChannelResponseFigures;
import se.redaktionen.response.OpenResponse;
import se.redaktionen.response.PollProblem;
import se.redaktionen.response.ResponseOverview;
import se.redaktionen.response.ResponseState;
import se.redaktionen.web.SearchTerms;
import se.redaktionen.response.Responses;
import se.redaktionen.response.SupervisionWarning;

/** Counts for the navigation and the dashboard; overdue and escalated by working days. */
@Service
@Transactional(readOnly = true)
class ResponseOverviewService implements Responses {

    private final JdbcTemplate jdbc;
    private final ResponseDeadlines deadlines;
    private final Supervisions supervisions;
    private final WorkingDays workingDays;
    private final ResponseInbox inbox;
    private final Channels channels;
    private final Clock clock;

    ResponseOverviewService(JdbcTemplate jdbc, ResponseDeadlines deadlines, Supervisions supervisions,
                            WorkingDays workingDays, ResponseInbox inbox, Channels channels, Clock clock) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.channels = channels;
        this.workingDays = workingDays;
        this.deadlines = deadlines;
        this.supervisions = supervisions;
        this.clock = clock;
    }

    @Override
    public ResponseOverview overviewFor(long personId, boolean editor) {
        Long mine = jdbc.queryForObject(
                "select count(*) from response where assignee_id = ? and state in ('NEW', 'ASSIGNED')", Long.class,
                personId);
        if (!editor) {
            return new ResponseOverview(mine == null ? 0 : mine, 0, 0, 0);
        }
        Instant now = clock.instant();
        Long overdue = countReceivedBefore(deadlines.overdueIfReceivedBefore(now));
        Long escalated = countReceivedBefore(deadlines.escalatedIfReceivedBefore(now));
        Long unassigned = jdbc.queryForObject("select count(*) from response where state = 'NEW'", Long.class);
        return new ResponseOverview(mine == null ? 0 : mine, overdue == null ? 0 : overdue,
                escalated == null ? 0 : escalated, unassigned == null ? 0 : unassigned);
    }

    @Override
    public List<OpenResponse> openFor(long personId, int limit) {
        return oldestOpen(ResponseInbox.View.MINE, personId, null, limit);
    }

    @Override
    public List<OpenResponse> escalated(int limit) {
        return oldestOpen(ResponseInbox.View.ALL, 0, deadlines.escalatedIfReceivedBefore(clock.instant()), limit);
    }

    /** The start of an inbox list, read as the inbox reads it, with how late each one is now. */
    private List<OpenResponse> oldestOpen(ResponseInbox.View view, long viewerId, Instant receivedBefore, int limit) {
        Instant now = clock.instant();
        Instant overdueBefore = deadlines.overdueIfReceivedBefore(now);
        Instant escalatedBefore = deadlines.escalatedIfReceivedBefore(now);
        Map<Long, String> channelNames = channels.all().stream()
                .collect(Collectors.toMap(ChannelSummary::id, ChannelSummary::name));
        ResponseInbox.Query query = new ResponseInbox.Query(view, viewerId, BranchScope.NONE, null,
                List.of(ResponseState.NEW, ResponseState.ASSIGNED), receivedBefore, SearchTerms.of(null), false);
        return inbox.oldestOpen(query, limit).stream()
                .map(r -> new OpenResponse(r.id(), channelNames.get(r.channelId()), r.excerpt(), r.receivedAt(),
                        r.receivedAt().isBefore(overdueBefore), r.receivedAt().isBefore(escalatedBefore)))
                .toList();
    }

    @Override
    public List<PollProblem> pollProblems() {
        return jdbc.query("""
                select r.channel_id, c.name, r.last_poll_error_code, r.last_poll_error_detail, r.failed_polls,
                       r.last_polled_at
                from response_channel r join channel c on c.id = r.channel_id
                where r.last_poll_error_code is not null and c.status = 'ACTIVE' order by c.name""",
                (rs, i) -> new PollProblem(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant()));
    }

    @Override
    public List<SupervisionWarning> unsupervisedChannels() {
        return supervisions.overdue();
    }

    /**
     * Read in one pass over the period's rows (received time, first answer, state, author), so the
     * deadlines can be worked out by the library's working days rather than in SQL.
     */
    @Override
    public List<ChannelResponseFigures> figures(Instant from, Instant to) {
        java.util.Map<Long, ResponseTally> tallies = new java.util.TreeMap<>();
        jdbc.query("""
                select channel_id, received_at, first_answered_at, state,
                       lower(coalesce(author_handle, author_name, '')) as author
                from response where received_at >= ? and received_at < ?""", rs -> {
            java.sql.Timestamp answered = rs.getTimestamp(3);
            tallies.computeIfAbsent(rs.getLong(1), id -> new ResponseTally(id, workingDays, deadlines))
                    .count(rs.getTimestamp(2).toInstant(), answered == null ? null : answered.toInstant(),
                            ResponseState.valueOf(rs.getString(4)), rs.getString(5));
        }, Timestamp.from(from), Timestamp.from(to));
        return tallies.values().stream().map(ResponseTally::figures).toList();
    }

    private Long countReceivedBefore(Instant cutoff) {
        return jdbc.queryForObject(
                "select count(*) from response where state in ('NEW', 'ASSIGNED') and received_at < ?", Long.class,
                Timestamp.from(cutoff));
    }
}
