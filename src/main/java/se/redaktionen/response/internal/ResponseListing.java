package se.redaktionen.response.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.Refused;
import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.response.ResponseState;
import se.redaktionen.web.SearchTerms;
import se.redaktionen.web.TrimmedText;

/**
 * The responses API's list: staff get theirs and their branch's (the inbox's branch rule), editors all.
 * Unlike the inbox, which ignores a filter it cannot read, the API refuses it, so that a script learns
 * of its mistake instead of reading the wrong list.
 */
@Service
@Transactional(readOnly = true)
class ResponseListing {

    static final int MAX_PAGE = 200;

    private final ResponseInbox inbox;
    private final ResponseRepository responses;
    private final ResponseAccess access;
    private final Channels channels;
    private final People people;

    ResponseListing(ResponseInbox inbox, ResponseRepository responses, ResponseAccess access, Channels channels,
                    People people) {
        this.inbox = inbox;
        this.responses = responses;
        this.access = access;
        this.channels = channels;
        this.people = people;
    }

    /** One page (from 0) of at most {@link #MAX_PAGE}; an empty list past the last page. */
    List<Response> page(String q, String state, Long channel, String assignee, int page, int size, StaffUser user) {
        SearchTerms search = SearchTerms.of(q).requireValid();
        String askedState = TrimmedText.of(state);
        ResponseState wanted = Lenient.parse(ResponseState.class, askedState);
        if (askedState != null && wanted == null) {
            throw Refused.invalid("response.api.stateUnknown");
        }
        String askedAssignee = TrimmedText.of(assignee);
        Long assigneeId = askedAssignee == null ? null : people.findByUsername(askedAssignee)
                .map(PersonSummary::id).orElseThrow(() -> Refused.invalid("response.api.unknownAssignee"));
        if (channel != null && channels.find(channel).isEmpty()) {
            throw Refused.invalid("response.api.unknownChannel");
        }
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        BranchScope branch = !user.isAtLeastEditor() ? access.branchScope(user.getPersonId()) : null;
        List<Long> ids = inbox.listed(new ResponseInbox.Listing(user.getPersonId(), branch, wanted, channel,
                assigneeId, search, (long) Math.max(0, page) * limit, limit));
        Map<Long, Response> found = responses.findAllById(ids).stream()
                .collect(Collectors.toMap(Response::getId, Function.identity()));
        return ids.stream().map(found::get).toList();
    }
}
