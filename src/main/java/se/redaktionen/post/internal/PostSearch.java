package se.redaktionen.post.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.redaktionen.organisation.StaffUser;
import se.redaktionen.post.PostState;
import se.redaktionen.web.SearchTerms;
import se.redaktionen.web.TextSearch;

/**
 * The post lists of the page and the API: a search in title and text, filters, newest change first,
 * one page at a time. Who sees which posts is {@link PostWorkflow#seesAll}: everyone their own (as
 * author or sender), the editorial group all of them if they ask.
 */
@Component
@Transactional(readOnly = true)
class PostSearch {

    static final int MAX_SIZE = 200;

    /** The same expression as the index {@code ix_post_search}. */
    static final TextSearch.Target TEXT = new TextSearch.Target(
            "to_tsvector('swedish', coalesce(title, '') || ' ' || body)", List.of("swedish"), List.of("title", "body"));

    /**
     * What to look for; null means any. {@code senders} are the people one of whom sent it; the
     * period {@code [from, to)} is on the publishing time, or the last change for a post without one.
     */
    record Criteria(boolean all, SearchTerms search, Long channelId, PostState state, Collection<Long> senders,
                    Instant from, Instant to) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final PostRepository posts;
    private final TextSearch textSearch;

    PostSearch(NamedParameterJdbcTemplate jdbc, PostRepository posts, TextSearch textSearch) {
        this.jdbc = jdbc;
        this.posts = posts;
        this.textSearch = textSearch;
    }

    /** How many posts there are to page through. */
    long count(Criteria criteria, StaffUser viewer) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long total = jdbc.queryForObject("select count(*) from post p" + where(criteria, viewer, params), params,
                Long.class);
        return total == null ? 0 : total;
    }

    /** {@code limit} posts from the {@code offset}th on, the last changed first. */
    List<Post> page(Criteria criteria, StaffUser viewer, long offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("limit", limit)
                .addValue("offset", offset);
        List<Long> ids = jdbc.queryForList("select p.id from post p" + where(criteria, viewer, params)
                + " order by p.updated_at desc, p.id desc limit :limit offset :offset", params, Long.class);
        Map<Long, Post> found = posts.findAllById(ids).stream()
                .collect(Collectors.toMap(Post::getId, Function.identity()));
        return ids.stream().map(found::get).toList();
    }

    /** Asking for all posts is for the editorial group only. */
    private String where(Criteria criteria, StaffUser viewer, MapSqlParameterSource params) {
        if (criteria.all() && !PostWorkflow.seesAll(viewer)) {
            throw new AccessDeniedException("all posts are for the editorial group");
        }
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (!criteria.all()) {
            where.append(" and (p.author_id = :viewer or p.sender_id = :viewer)");
            params.addValue("viewer", viewer.getPersonId());
        }
        if (criteria.search().present()) {
            where.append(" and ").append(textSearch.condition(TEXT, criteria.search(), params));
        }
        if (criteria.channelId() != null) {
            where.append(" and exists (select 1 from post_channel pc where pc.post_id = p.id"
                    + " and pc.channel_id = :channel)");
            params.addValue("channel", criteria.channelId());
        }
        if (criteria.state() != null) {
            where.append(" and p.state = :state");
            params.addValue("state", criteria.state().name());
        }
        if (criteria.senders() != null) {
            where.append(criteria.senders().isEmpty() ? " and 1 = 0" : " and p.sender_id in (:senders)");
            params.addValue("senders", criteria.senders());
        }
        if (criteria.from() != null) {
            where.append(" and coalesce(p.scheduled_at, p.updated_at) >= :from");
            params.addValue("from", Timestamp.from(criteria.from()));
        }
        if (criteria.to() != null) {
            where.append(" and coalesce(p.scheduled_at, p.updated_at) < :to");
            params.addValue("to", Timestamp.from(criteria.to()));
        }
        return where.toString();
    }
}
