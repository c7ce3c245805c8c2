package se.redaktionen.response;

import java.util.List;

/** The response module's public API for the dashboard and the navigation. */
public interface Responses {

    /** Open responses assigned to the person, and (for editors) the overdue, escalated and unassigned ones. */
    ResponseOverview overviewFor(long personId, boolean editor);

    /** Open responses assigned to the person, the oldest (so the most overdue) first, at most {@code limit}. */
    List<OpenResponse> openFor(long personId, int limit);

    /** Open responses past the escalation deadline, the oldest first, at most {@code limit}: the editors' to see to. */
    List<OpenResponse> escalated(int limit);

    /** Active channels whose new responses nobody has gone through within the channel's interval. */
    List<SupervisionWarning> unsupervisedChannels();

    /** Active channels whose last reading of responses failed; they are read again each round. */
    List<PollProblem> pollProblems();

    /** Per channel, the responses received in [from, to). Channels without responses are left out. */
    List<ChannelResponseFigures> figures(java.time.Instant from, java.time.Instant to);
}
