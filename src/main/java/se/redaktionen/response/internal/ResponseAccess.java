package se.redaktionen.response.internal;

import java.util.List;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import se.redaktionen.channel.ChannelDuties;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.StaffUser;

/**
 * Staff see and act on the responses routed to them and to their branch (the assignee's branch or
 * the channel's); the editorial group sees and acts on all of them.
 */
@Component
class ResponseAccess {

    private final People people;
    private final ChannelDuties duties;
    private final Channels channels;

    ResponseAccess(People people, ChannelDuties duties, Channels channels) {
        this.people = people;
        this.duties = duties;
        this.channels = channels;
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

    /** The people and channels of the person's branch, the same rule as {@link #mayHandle}. */
    BranchScope branchScope(long personId) {
        String myBranch = branchOf(personId);
        if (myBranch == null) {
            return BranchScope.NONE;
        }
        List<Long> branchPeople = people.everyone().stream().filter(p -> myBranch.equals(p.branchName()))
                .map(PersonSummary::id).toList();
        Long myBranchId = people.branches().stream().filter(b -> b.name().equals(myBranch)).map(BranchSummary::id)
                .findFirst().orElse(null);
        List<Long> branchChannels = myBranchId == null ? List.of() : channels.all().stream()
                .filter(c -> duties.of(c.id()).map(d -> myBranchId.equals(d.branchId())).orElse(false))
                .map(ChannelSummary::id).toList();
        return new BranchScope(branchPeople, branchChannels);
    }

    String branchOf(long personId) {
        return people.findById(personId).map(p -> p.branchName()).orElse(null);
    }
}
