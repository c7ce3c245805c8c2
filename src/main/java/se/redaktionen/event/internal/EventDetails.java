package se.redaktionen.event.internal;

import java.util.List;

import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.event.LiveWindow;
import se.redaktionen.guideline.Violation;
import se.redaktionen.organisation.PersonSummary;

/**
 * An event with the names its page and the API show: its branch, its people, its channels, the state of its
 * live window now, and the hashtag rule's advice, if the guidelines have that rule and it finds something.
 */
public record EventDetails(Event event, String branchName, PersonSummary responsible, List<PersonSummary> team,
                    List<ChannelSummary> channels, LiveWindow.State windowState, PersonSummary cancelledBy,
                    List<Violation> hashtagAdvice) {

    public String place() {
        return branchName != null ? branchName : event.getVenue();
    }
}
