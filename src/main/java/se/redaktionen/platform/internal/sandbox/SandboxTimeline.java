package se.redaktionen.platform.internal.sandbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.platform.Accounts;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.SandboxResponseTyped;
import se.redaktionen.platform.internal.sandbox.SandboxEntries.Entry;

/**
 * A practice channel's timeline: what has been published there, newest first, each with its thread,
 * and what someone playing "the public" types under an entry, read in as a response at once.
 */
@Service
class SandboxTimeline {

    static final int SHOWN = 200;

    /** The practice channel a timeline belongs to, as the page names it. */
    record TimelineChannel(long id, String name) {
    }

    record Thread(Entry entry, List<Entry> replies) {
    }

    private final Accounts accounts;
    private final SandboxEntries entries;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SandboxTimeline(Accounts accounts, SandboxEntries entries, ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.entries = entries;
        this.events = events;
        this.clock = clock;
    }

    /** The channel, if it is a practice channel. */
    Optional<TimelineChannel> channel(long id) {
        return accounts.account(id).filter(a -> a.kind() == ChannelKind.SANDBOX)
                .map(a -> new TimelineChannel(a.id(), a.name()));
    }

    /** Top-level entries newest first, each with everything below it, oldest first. */
    List<Thread> threads(long channelId) {
        List<Entry> newest = entries.newest(channelId, SHOWN);
        Map<Long, Entry> byId = new LinkedHashMap<>();
        newest.forEach(e -> byId.put(e.id(), e));
        Map<Long, List<Entry>> replies = new LinkedHashMap<>();
        List<Entry> tops = new ArrayList<>();
        for (Entry entry : newest) {
            Long top = topOf(entry, byId);
            if (top == null) {
                tops.add(entry);
            } else {
                replies.computeIfAbsent(top, k -> new ArrayList<>()).add(0, entry);
            }
        }
        return tops.stream().map(t -> new Thread(t, replies.getOrDefault(t.id(), List.of()))).toList();
    }

    boolean hasEntry(long channelId, long entryId) {
        return entries.exists(channelId, entryId);
    }

    /** Playing the public: a comment on an entry, read in as a response at once. */
    @Transactional
    void respond(long channelId, long entryId, String authorName, String text) {
        entries.respond(channelId, entryId, authorName.strip(), text.strip(), clock.instant());
        events.publishEvent(new SandboxResponseTyped(channelId));
    }

    private static Long topOf(Entry entry, Map<Long, Entry> byId) {
        Long parent = entry.inReplyTo();
        Long top = null;
        while (parent != null && byId.containsKey(parent)) {
            top = parent;
            parent = byId.get(parent).inReplyTo();
        }
        return parent == null ? top : null;
    }
}
