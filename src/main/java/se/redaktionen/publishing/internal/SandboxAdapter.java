package se.redaktionen.publishing.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import se.redaktionen.channel.ChannelAccount;
import se.redaktionen.channel.ChannelKind;

/**
 * A platform inside Redaktionen: what is published lands on the channel's timeline page. The slug
 * is unique, so even a repeated call cannot publish twice.
 */
@Component
class SandboxAdapter implements PlatformAdapter {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    SandboxAdapter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.SANDBOX;
    }

    @Override
    public Published publish(ChannelAccount account, Publication publication) {
        try {
            jdbc.update("""
                    insert into sandbox_entry (channel_id, slug, title, text, link, published_at)
                    values (?, ?, ?, ?, ?, ?)""", account.id(), publication.slug(), publication.title(),
                    publication.text(), publication.link(), Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException alreadyThere) {
            // The earlier call got through; its entry is the publication.
        }
        return find(account, publication).orElseThrow();
    }

    @Override
    public Optional<Published> find(ChannelAccount account, Publication publication) {
        List<Long> ids = jdbc.queryForList("select id from sandbox_entry where slug = ?", Long.class,
                publication.slug());
        return ids.stream().findFirst().map(id -> new Published(String.valueOf(id),
                "/channels/" + account.id() + "/timeline#entry-" + id));
    }

    @Override
    public String testConnection(ChannelAccount account) {
        return account.name();
    }
}
