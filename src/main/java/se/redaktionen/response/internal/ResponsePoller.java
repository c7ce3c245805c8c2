package se.redaktionen.response.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.platform.Inbound;
import se.redaktionen.platform.InboundFailure;
import se.redaktionen.platform.InboundPage;
import se.redaktionen.platform.InboundResponse;
import se.redaktionen.platform.SandboxResponseTyped;
import se.redaktionen.response.ResponseKind;

/**
 * Reads each active channel's new responses from its platform, from a stored cursor. The cursor moves
 * only past what has been stored, so a poll that fails halfway resumes where it stopped and a second
 * poll stores nothing twice; the failure is kept on the channel for people to see. Responses a platform
 * showed late, behind the cursor, come with the last page and are stored if they are not here yet. One instance polls
 * a channel at a time: the channel's row is locked with SKIP LOCKED for the poll.
 */
@Component
class ResponsePoller {

    static final int MAX_PAGES_PER_POLL = 20;
    private static final int LATE_BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(ResponsePoller.class);

    private final Channels channels;
    private final Inbound inbound;
    private final ResponseRecorder recorder;
    private final ResponseRepository responses;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ResponsePoller(Channels channels, Inbound inbound, ResponseRecorder recorder, ResponseRepository responses,
                   JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
        this.channels = channels;
        this.inbound = inbound;
        this.recorder = recorder;
        this.responses = responses;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Every active channel whose platform can be read and whose credentials are stored (a channel
     * without them is not connected, which is no failure); returns how many new responses came in.
     */
    int pollAll() {
        int stored = 0;
        for (ChannelSummary channel : channels.active()) {
            if (inbound.ready(channel.id())) {
                stored += poll(channel.id());
            }
        }
        return stored;
    }

    /**
     * A comment typed on a practice timeline is read in at once: after a reading of that channel that
     * is under way (which may have missed it), not skipped because of it.
     */
    @ApplicationModuleListener
    void sandboxResponseTyped(SandboxResponseTyped event) {
        poll(event.channelId(), "for update");
    }

    /** A round passes over a channel that another instance is reading right now. */
    int poll(long channelId) {
        return poll(channelId, "for update skip locked");
    }

    private int poll(long channelId, String lock) {
        ensureRow(channelId);
        Integer stored = transactions.execute(status -> {
            List<String> locked = jdbc.query(
                    "select poll_cursor from response_channel where channel_id = ? " + lock,
                    (rs, i) -> rs.getString(1) == null ? "" : rs.getString(1), channelId);
            if (locked.isEmpty()) {
                return 0;
            }
            String cursor = locked.get(0).isEmpty() ? null : locked.get(0);
            int count = 0;
            try {
                for (int page = 0; page < MAX_PAGES_PER_POLL; page++) {
                    InboundPage found = inbound.fetch(channelId, cursor);
                    for (InboundResponse response : found.responses()) {
                        count += store(channelId, response) ? 1 : 0;
                    }
                    count += storeLate(channelId, found.late());
                    cursor = found.nextCursor();
                    jdbc.update("""
                            update response_channel set poll_cursor = ?, last_polled_at = ?, last_poll_error_code = null,
                                   last_poll_error_detail = null, failed_polls = 0 where channel_id = ?""",
                            cursor, Timestamp.from(clock.instant()), channelId);
                    if (!found.more()) {
                        break;
                    }
                }
            } catch (InboundFailure failure) {
                log.warn("Reading responses of channel {} failed: {}", channelId, failure.getCode());
                jdbc.update("""
                        update response_channel set last_polled_at = ?, last_poll_error_code = ?,
                               last_poll_error_detail = ?, failed_polls = failed_polls + 1 where channel_id = ?""",
                        Timestamp.from(clock.instant()), failure.getCode(), abbreviate(failure.getDetail()),
                        channelId);
            }
            return count;
        });
        return stored == null ? 0 : stored;
    }

    /**
     * Responses from behind the cursor, read again because a platform showed them late: most are here
     * already, so those are left out in one query per batch before anything is recorded.
     */
    private int storeLate(long channelId, List<InboundResponse> late) {
        int count = 0;
        for (int start = 0; start < late.size(); start += LATE_BATCH) {
            List<InboundResponse> batch = late.subList(start, Math.min(late.size(), start + LATE_BATCH));
            Set<String> stored = new HashSet<>(responses.storedPlatformIds(channelId,
                    batch.stream().map(InboundResponse::platformId).toList()));
            for (InboundResponse response : batch) {
                if (!stored.contains(response.platformId()) && store(channelId, response)) {
                    count++;
                }
            }
        }
        if (count > 0) {
            log.info("Stored {} response(s) of channel {} that its platform showed late", count, channelId);
        }
        return count;
    }

    private boolean store(long channelId, InboundResponse in) {
        ResponseRecorder.Incoming incoming = new ResponseRecorder.Incoming(channelId, in.platformId(),
                ResponseKind.valueOf(in.kind().name()), in.inReplyTo(), in.parentPlatformId(),
                in.authorName(), in.authorHandle(), in.text() == null ? "" : in.text(), in.at(),
                Response.Source.PLATFORM, null);
        try {
            return recorder.record(incoming).created();
        } catch (DataIntegrityViolationException anotherInstanceWasFirst) {
            return responses.findByChannelIdAndPlatformId(channelId, in.platformId()).isEmpty();
        }
    }

    /**
     * The cursor row is committed on its own, so that the locking read of {@link #poll} (in a new
     * transaction) sees it even when the caller, such as an event listener, runs in a transaction.
     */
    private void ensureRow(long channelId) {
        Integer exists = jdbc.queryForObject("select count(*) from response_channel where channel_id = ?",
                Integer.class, channelId);
        if (exists != null && exists == 0) {
            try {
                transactions.executeWithoutResult(status ->
                        jdbc.update("insert into response_channel (channel_id) values (?)", channelId));
            } catch (DuplicateKeyException alreadyThere) {
                // Another instance made it a moment ago.
            }
        }
    }

    private static String abbreviate(String detail) {
        return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }
}
