package se.redaktionen.publishing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.Refused;
import se.redaktionen.channel.ChannelKind;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.publishing.SandboxResponseTyped;

/**
 * A practice channel's timeline, for all staff: what has been published there, newest first, each
 * with its thread. Anyone may play "the public" and comment, which the channel then reads in as a
 * response like any platform's.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class SandboxTimelineController {

    static final int SHOWN = 200;
    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 2000;

    record Entry(long id, Long inReplyTo, String title, String text, String link, String authorName,
                 boolean fromPublic, Instant publishedAt, String moderation) {
    }

    record Thread(Entry entry, List<Entry> replies) {
    }

    private final Channels channels;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SandboxTimelineController(Channels channels, JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.channels = channels;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/channels/{id}/timeline")
    String timeline(@PathVariable long id, Model model) {
        ChannelSummary channel = sandbox(id);
        model.addAttribute("channel", channel);
        List<Entry> entries = jdbc.query("""
                select id, in_reply_to_id, title, text, link, author_name, from_public, published_at, moderation
                from sandbox_entry where channel_id = ? order by published_at desc, id desc limit ?""",
                (rs, i) -> new Entry(rs.getLong("id"), rs.getObject("in_reply_to_id") == null ? null
                        : rs.getLong("in_reply_to_id"), rs.getString("title"), rs.getString("text"),
                        rs.getString("link"), rs.getString("author_name"), rs.getBoolean("from_public"),
                        rs.getTimestamp("published_at").toInstant(), rs.getString("moderation")), id, SHOWN);
        model.addAttribute("threads", threads(entries));
        model.addAttribute("maxName", MAX_NAME);
        model.addAttribute("maxText", MAX_TEXT);
        return "publishing/timeline";
    }

    /** Playing the public: a comment on an entry, read in as a response at once. */
    @PostMapping("/channels/{id}/timeline/{entryId}/responses")
    @Transactional
    String respond(@PathVariable long id, @PathVariable long entryId,
                   @RequestParam(defaultValue = "") String authorName, @RequestParam(defaultValue = "") String text,
                   RedirectAttributes redirect) {
        sandbox(id);
        Integer exists = jdbc.queryForObject("select count(*) from sandbox_entry where id = ? and channel_id = ?",
                Integer.class, entryId, id);
        if (exists == null || exists == 0) {
            throw Refused.notFound();
        }
        if (authorName.isBlank() || text.isBlank() || authorName.length() > MAX_NAME || text.length() > MAX_TEXT) {
            redirect.addFlashAttribute("responseRefused", entryId);
            redirect.addFlashAttribute("typedName", authorName.length() > MAX_NAME ? "" : authorName);
            redirect.addFlashAttribute("typedText", text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
            return "redirect:/channels/" + id + "/timeline#entry-" + entryId;
        }
        jdbc.update("""
                insert into sandbox_entry (channel_id, slug, text, published_at, in_reply_to_id, author_name, from_public)
                values (?, ?, ?, ?, ?, ?, true)""", id, "public-" + UUID.randomUUID(), text.strip(),
                Timestamp.from(clock.instant()), entryId, authorName.strip());
        events.publishEvent(new SandboxResponseTyped(id));
        redirect.addFlashAttribute("responseTyped", entryId);
        return "redirect:/channels/" + id + "/timeline#entry-" + entryId;
    }

    private ChannelSummary sandbox(long id) {
        return channels.find(id).filter(c -> c.kind() == ChannelKind.SANDBOX)
                .orElseThrow(Refused::notFound);
    }

    /** Top-level entries newest first, each with everything below it, oldest first. */
    private static List<Thread> threads(List<Entry> entries) {
        Map<Long, Entry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        Map<Long, List<Entry>> replies = new LinkedHashMap<>();
        List<Entry> tops = new ArrayList<>();
        for (Entry entry : entries) {
            Long top = topOf(entry, byId);
            if (top == null) {
                tops.add(entry);
            } else {
                replies.computeIfAbsent(top, k -> new ArrayList<>()).add(0, entry);
            }
        }
        return tops.stream().map(t -> new Thread(t, replies.getOrDefault(t.id(), List.of()))).toList();
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
