package se.redaktionen.channel;

import java.time.LocalDate;

/**
 * A channel's audience on one day: followers (X, Facebook) or subscribers (blogs), and for a Facebook
 * page also its fans (people who like the page); {@code fans} is null where the platform has none.
 */
public record AudienceSnapshot(LocalDate countedOn, int followers, Integer fans, AudienceSource source) {
}
