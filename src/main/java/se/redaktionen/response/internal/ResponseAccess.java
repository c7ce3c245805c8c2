package se.redaktionen.response.internal;

import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.redaktionen.channel.ChannelDuties;
import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.StaffUser;

/**
 * Staff see and act on the responses routed to them and to their branch (the assignee's branch or
 * the channel's); the editorial group sees and acts on all of them.
 */
@Component
class ResponseAccess {

    private final People people;
    private final ChannelDuties duties;

    ResponseAccess(People people, ChannelDuties duties) {
        this.people = people;
        this.duties = duties;
    }

    boolean mayHandle(Response response, StaffUser user) {
        if (user.isAtLeastEditor() || Objects.equals(response.getAssigneeId(), user.getPersonId())) {
            return true;
        }
        String myBranch = branchOf(user.getPersonId());
        if (myBranch == null) {
            return false;
        }
        boolean assigneeInMyBranch = response.getAssigneeId() != null
                && myBranch.equals(branchOf(response.getAssigneeId()));
        Long channelBranch = duties.of(response.getChannelId()).map(d -> d.branchId()).orElse(null);
        boolean channelOfMyBranch = channelBranch != null && people.branches().stream()
                .filter(b -> b.id() == channelBranch).map(BranchSummary::name).anyMatch(myBranch::equals);
        return assigneeInMyBranch || channelOfMyBranch;
    }

    Response require(Response response, StaffUser user) {
        if (!mayHandle(response, user)) {
            throw new AccessDeniedException("not the assignee, their branch or an editor");
        }
        return response;
    }

    String branchOf(long personId) {
        return people.findById(personId).map(p -> p.branchName()).orElse(null);
    }
}
