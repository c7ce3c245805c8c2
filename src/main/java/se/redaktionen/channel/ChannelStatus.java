package se.redaktionen.channel;

/** Active channels take new posts; retired ones keep their history and take none. */
public enum ChannelStatus {
    ACTIVE, RETIRED
}
