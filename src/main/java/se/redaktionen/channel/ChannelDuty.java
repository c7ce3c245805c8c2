package se.redaktionen.channel;

/** Who answers for a channel: its branch (null: the whole library), responsible person and deputy. */
public record ChannelDuty(long channelId, String name, Long branchId, Long responsibleId, Long deputyId,
                          boolean active) {
}
