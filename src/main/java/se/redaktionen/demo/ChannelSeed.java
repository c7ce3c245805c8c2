package se.redaktionen.demo;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import se.redaktionen.channel.ChannelDemo;
import se.redaktionen.platform.ChannelKind;

/**
 * The library's three blogs, its Facebook page and its X account with their responsible people, the MySpace
 * account it once closed, and one sandbox per kind of platform: sandboxes let newcomers see the whole flow
 * and practise, with the rules of the real account.
 */
@Component
@DemoMode
class ChannelSeed {

    private final ChannelDemo channels;
    private final DemoPeople people;

    ChannelSeed(ChannelDemo channels, DemoPeople people) {
        this.channels = channels;
        this.people = people;
    }

    void seed() {
        if (channels.hasChannels()) {
            return;
        }
        for (var c : DemoCsv.read("channels.csv")) {
            long id = channels.add(new ChannelDemo.NewChannel(c.get("name"), ChannelKind.valueOf(c.get("kind")),
                    DemoCsv.text(c, "signature"), DemoCsv.text(c, "handle"), c.get("purpose"),
                    people.id(c.get("responsible")), people.id(c.get("deputy")), LocalDate.parse(c.get("started"))));
            if (DemoCsv.text(c, "practises_as") != null) {
                channels.practiseAs(id, ChannelKind.valueOf(c.get("practises_as")));
            }
            if (DemoCsv.text(c, "retired_on") != null) {
                channels.retire(id, LocalDate.parse(c.get("retired_on")), c.get("retire_reason"));
            }
        }
    }
}
