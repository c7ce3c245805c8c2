package se.redaktionen.channel.internal;

import java.io.Serial;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpSession;

import se.redaktionen.platform.ChannelKind;

/**
 * The Connect flows an admin has started, kept in their session, so that a callback completes only in the
 * session — for the admin — that started it. Serializable, since sessions may live in the database; the
 * secrets a flow holds for a while (X's request token secret, the tokens of the pages to choose from) are
 * sealed with the credentials' key. Every flow and choice is taken out when used, so a state works once;
 * the last used keys are remembered only to say so.
 */
final class ConnectFlows implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final String ATTRIBUTE = ConnectFlows.class.getName();

    /** Enough for the tabs one admin has open; older flows are forgotten first. */
    private static final int KEPT = 10;

    /** A flow waiting for the platform's callback, under the key the callback carries. */
    record Flow(ChannelKind kind, long channelId, long adminId, Instant startedAt, byte[] pending)
            implements Serializable {
    }

    /** The accounts an authorization reached, waiting for the admin to choose one. */
    record Choice(ChannelKind kind, long channelId, long adminId, Instant startedAt, List<Candidate> candidates)
            implements Serializable {
    }

    /** One account to choose, its credentials sealed. */
    record Candidate(String handle, String name, byte[] credentials) implements Serializable {
    }

    private final Map<String, Flow> flows = new LinkedHashMap<>();
    private final Map<String, Choice> choices = new LinkedHashMap<>();
    private final Deque<String> used = new ArrayDeque<>();

    static ConnectFlows of(HttpSession session) {
        return session.getAttribute(ATTRIBUTE) instanceof ConnectFlows flows ? flows : new ConnectFlows();
    }

    /** Stored again after every change, so that a session kept elsewhere than in memory sees it. */
    void saveIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    void begin(String key, Flow flow) {
        flows.put(key, flow);
        trim(flows);
    }

    void offer(String key, Choice choice) {
        choices.put(key, choice);
        trim(choices);
    }

    /** Takes the flow out, live or not, so that its key never works again. */
    Flow takeFlow(String key) {
        return take(flows, key);
    }

    Choice takeChoice(String key) {
        return take(choices, key);
    }

    Choice peekChoice(String key) {
        return key == null ? null : choices.get(key);
    }

    /** Whether a key that found nothing was used before (else it was never started in this session). */
    boolean wasUsed(String key) {
        return key != null && used.contains(key);
    }

    static boolean expired(Instant startedAt, Instant now, Duration valid) {
        return !now.isBefore(startedAt.plus(valid));
    }

    private <T> T take(Map<String, T> waiting, String key) {
        T found = key == null ? null : waiting.remove(key);
        if (found != null) {
            used.addFirst(key);
            while (used.size() > KEPT) {
                used.removeLast();
            }
        }
        return found;
    }

    private static void trim(Map<String, ?> waiting) {
        while (waiting.size() > KEPT) {
            waiting.remove(waiting.keySet().iterator().next());
        }
    }
}
