package se.redaktionen.publishing.internal;

import java.time.Instant;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import se.redaktionen.channel.ChannelKind;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;

/** A sandbox channel's timeline: what has been "published" there, newest first, for all staff. */
@Controller
@PreAuthorize("isAuthenticated()")
class SandboxTimelineController {

    static final int SHOWN = 200;

    record Entry(long id, String title, String text, String link, Instant publishedAt) {
    }

    private final Channels channels;
    private final JdbcTemplate jdbc;

    SandboxTimelineController(Channels channels, JdbcTemplate jdbc) {
        this.channels = channels;
        this.jdbc = jdbc;
    }

    @GetMapping("/channels/{id}/timeline")
    String timeline(@PathVariable long id, Model model) {
        ChannelSummary channel = channels.find(id).filter(c -> c.kind() == ChannelKind.SANDBOX)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("channel", channel);
        model.addAttribute("entries", jdbc.query("""
                select id, title, text, link, published_at from sandbox_entry where channel_id = ?
                order by published_at desc, id desc limit ?""",
                (rs, i) -> new Entry(rs.getLong("id"), rs.getString("title"), rs.getString("text"),
                        rs.getString("link"), rs.getTimestamp("published_at").toInstant()), id, SHOWN));
        return "publishing/timeline";
    }
}
