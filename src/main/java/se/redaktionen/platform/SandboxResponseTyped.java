package se.redaktionen.platform;

/** Someone typed a response from "the public" on a practice channel's timeline: read it in now. */
public record SandboxResponseTyped(long channelId) {
}
