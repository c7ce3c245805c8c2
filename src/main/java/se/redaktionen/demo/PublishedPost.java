package se.redaktionen.demo;

import java.time.Instant;

import se.redaktionen.platform.ChannelKind;

/** A post of the history as published on one real channel, with its platform id and what it says. */
record PublishedPost(long channelId, ChannelKind kind, String platformId, Instant publishedAt, String text) {
}
