package se.redaktionen.response.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.response.ResponseKind;
import se.redaktionen.response.ResponseState;
import se.redaktionen.web.SearchTerms;

/**
 * The inbox's lists and counts, straight from the response table and its indexes: open responses
 * oldest first, then the rest newest first. Each of the two parts is read per state, so that every
 * subquery walks the {@code (state, received_at)} index in order and stops after one page, however
 * many rows the table holds; the people and channels of a branch are resolved before the query.
 */
@Component
@Transactional(readOnly = true)
class ResponseInbox {

    static final int PAGE_SIZE = 50;
    static final int EXCERPT = 160;
    static final int COUNT_CAP = 10_000;

    private static final Set<ResponseState> OPEN = EnumSet.of(ResponseState.NEW, ResponseState.ASSIGNED);
    private static final String COLUMNS = "id, channel_id, kind, author_name, author_handle, "
            + "substr(text, 1, " + (EXCERPT + 40) + ") as excerpt, received_at, state, assignee_id";

    /** Whose responses a list shows. */
    public enum View {
        MINE, BRANCH, UNASSIGNED, ALL;

        boolean editorsOnly() {
            return this == UNASSIGNED || this == ALL;
        }

        public String param() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** How late the open responses must be: overdue or escalated; null: any. */
    public enum Due {
        OVERDUE, ESCALATED
    }

    /**
     * A list's filters; {@code branch} only matters for {@link View#BRANCH}, {@code seesModeratedText} only
     * for a search (see {@link ResponseSearch#condition}).
     */
    public record Query(View view, long viewerId, BranchScope branch, Long channelId,
                 Collection<ResponseState> states, Instant receivedBefore, SearchTerms search,
                 boolean seesModeratedText) {

        Query withView(View other) {
            return new Query(other, viewerId, branch, channelId, states, receivedBefore, search, seesModeratedText);
        }

        Query withStates(Collection<ResponseState> others) {
            return new Query(view, viewerId, branch, channelId, others, receivedBefore, search, seesModeratedText);
        }
    }

    /**
     * The API's list: a staff member's own responses and their {@code branch}'s, or every response
     * when {@code branch} is null (the editorial group); optionally one state, channel or assignee.
     */
    record Listing(long viewerId, BranchScope branch, ResponseState state, Long channelId, Long assigneeId,
                   SearchTerms search, long offset, int limit) {
    }

    public record Row(long id, long channelId, ResponseKind kind, String authorName, String authorHandle, String excerpt,
               Instant receivedAt, ResponseState state, Long assigneeId) {
    }

    private static final RowMapper<Row> ROW = (rs, i) -> new Row(rs.getLong("id"), rs.getLong("channel_id"),
            ResponseKind.valueOf(rs.getString("kind")), rs.getString("author_name"), rs.getString("author_handle"),
            excerpt(rs.getString("excerpt")), rs.getTimestamp("received_at").toInstant(),
            ResponseState.valueOf(rs.getString("state")), (Long) rs.getObject("assignee_id", Long.class));

    private final NamedParameterJdbcTemplate jdbc;
    private final ResponseSearch search;

    ResponseInbox(NamedParameterJdbcTemplate jdbc, ResponseSearch search) {
        this.jdbc = jdbc;
        this.search = search;
    }

    long count(Query query) {
        if (query.states().isEmpty()) {
            return 0;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("states", names(query.states()));
        Long count = jdbc.queryForObject("select count(*) from response where state in (:states)"
                + where(query, params), params, Long.class);
        return count == null ? 0 : count;
    }

    /**
     * As {@link #count}, but stops counting after {@link #COUNT_CAP}: a tab over a million answered
     * responses says "more than 10 000" at once instead of counting them all on every page view.
     */
    long countUpToCap(Query query) {
        if (query.states().isEmpty()) {
            return 0;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("states", names(query.states()))
                .addValue("cap", COUNT_CAP + 1);
        Long count = jdbc.queryForObject("select count(*) from (select 1 from response where state in (:states)"
                + where(query, params) + " limit :cap) capped", params, Long.class);
        return count == null ? 0 : count;
    }

    /** One page (from 0): the open part first, oldest first, then the rest, newest first. */
    List<Row> page(Query query, int page) {
        List<ResponseState> open = open(query);
        List<ResponseState> closed = query.states().stream().filter(s -> !OPEN.contains(s)).sorted().toList();
        long offset = (long) page * PAGE_SIZE;
        long openCount = open.isEmpty() ? 0 : count(query.withStates(open));
        List<Row> rows = new ArrayList<>();
        if (offset < openCount) {
            rows.addAll(part(query, open, true, offset, (int) Math.min(PAGE_SIZE, openCount - offset)));
        }
        int left = PAGE_SIZE - rows.size();
        if (left > 0 && !closed.isEmpty()) {
            rows.addAll(part(query, closed, false, Math.max(0, offset - openCount), left));
        }
        return rows;
    }

    /** The first open responses of a list, oldest first, as the inbox's first page starts. */
    List<Row> oldestOpen(Query query, int limit) {
        List<ResponseState> open = open(query);
        return open.isEmpty() ? List.of() : part(query, open, true, 0, limit);
    }

    int openOnChannel(long channelId) {
        Integer count = jdbc.queryForObject("select count(*) from response where state in ('NEW', 'ASSIGNED') "
                + "and channel_id = :channel", new MapSqlParameterSource("channel", channelId), Integer.class);
        return count == null ? 0 : count;
    }

    /** The ids of one page of {@link Listing}: open first, oldest first, then the rest newest first. */
    List<Long> listed(Listing listing) {
        MapSqlParameterSource params = new MapSqlParameterSource("viewer", listing.viewerId());
        StringBuilder sql = new StringBuilder("select id from response where 1 = 1");
        if (listing.state() != null) {
            sql.append(" and state = :state");
            params.addValue("state", listing.state().name());
        }
        if (listing.channelId() != null) {
            sql.append(" and channel_id = :channel");
            params.addValue("channel", listing.channelId());
        }
        if (listing.assigneeId() != null) {
            sql.append(" and assignee_id = :assignee");
            params.addValue("assignee", listing.assigneeId());
        }
        if (listing.branch() != null) {
            sql.append(" and (assignee_id = :viewer or ").append(branch(listing.branch(), params)).append(")");
        }
        sql.append(search.condition(listing.search(), listing.branch() == null, params));
        sql.append(" order by case when state in ('NEW', 'ASSIGNED') then 0 else 1 end,"
                + " case when state in ('NEW', 'ASSIGNED') then received_at end asc, received_at desc, id"
                + " limit :limit offset :offset");
        params.addValue("limit", listing.limit()).addValue("offset", listing.offset());
        return jdbc.queryForList(sql.toString(), params, Long.class);
    }

    private List<Row> part(Query query, List<ResponseState> states, boolean ascending, long offset, int limit) {
        String direction = ascending ? " asc" : " desc";
        String order = " order by received_at" + direction + ", id" + direction;
        MapSqlParameterSource params = new MapSqlParameterSource("limit", limit).addValue("offset", offset)
                .addValue("enough", offset + limit);
        String where = where(query, params);
        if (states.size() == 1) {
            params.addValue("state0", states.get(0).name());
            return jdbc.query("select " + COLUMNS + " from response where state = :state0" + where + order
                    + " limit :limit offset :offset", params, ROW);
        }
        List<String> perState = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            params.addValue("state" + i, states.get(i).name());
            perState.add("(select " + COLUMNS + " from response where state = :state" + i + where + order
                    + " limit :enough)");
        }
        return jdbc.query("select * from (" + String.join(" union all ", perState) + ") r" + order
                + " limit :limit offset :offset", params, ROW);
    }

    private static List<ResponseState> open(Query query) {
        return query.states().stream().filter(OPEN::contains).sorted().toList();
    }

    private String where(Query query, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder();
        switch (query.view()) {
            case MINE -> {
                where.append(" and assignee_id = :viewer");
                params.addValue("viewer", query.viewerId());
            }
            case BRANCH -> where.append(" and ").append(branch(query.branch(), params));
            case UNASSIGNED -> where.append(" and assignee_id is null");
            case ALL -> {
            }
        }
        if (query.channelId() != null) {
            where.append(" and channel_id = :channel");
            params.addValue("channel", query.channelId());
        }
        if (query.receivedBefore() != null) {
            where.append(" and received_at < :receivedBefore");
            params.addValue("receivedBefore", Timestamp.from(query.receivedBefore()));
        }
        where.append(search.condition(query.search(), query.seesModeratedText(), params));
        return where.toString();
    }

    /** The responses of a branch's people and channels, as a condition; none for a person without a branch. */
    private static String branch(BranchScope branch, MapSqlParameterSource params) {
        List<String> either = new ArrayList<>();
        if (!branch.people().isEmpty()) {
            either.add("assignee_id in (:branchPeople)");
            params.addValue("branchPeople", branch.people());
        }
        if (!branch.channels().isEmpty()) {
            either.add("channel_id in (:branchChannels)");
            params.addValue("branchChannels", branch.channels());
        }
        return either.isEmpty() ? "1 = 0" : "(" + String.join(" or ", either) + ")";
    }

    private static List<String> names(Collection<ResponseState> states) {
        return states.stream().map(Enum::name).sorted().collect(Collectors.toList());
    }

    private static String excerpt(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return flat.length() > EXCERPT ? flat.substring(0, EXCERPT - 1) + "…" : flat;
    }
}
