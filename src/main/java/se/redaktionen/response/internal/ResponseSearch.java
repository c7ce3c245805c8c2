package se.redaktionen.response.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

import se.redaktionen.response.ResponseState;
import se.redaktionen.web.SearchTerms;
import se.redaktionen.web.TextSearch;

/** The search of the inbox and the API: the response's text, its author's name and handle. */
@Component
class ResponseSearch {

    /**
     * The same expression as the index {@code ix_response_search}: the text as Swedish, the name and
     * handle as they are (a name is not stemmed), so either reading of the search may match.
     */
    static final TextSearch.Target TEXT = new TextSearch.Target("(to_tsvector('swedish', text) || "
            + "to_tsvector('simple', coalesce(author_name, '') || ' ' || coalesce(author_handle, '')))",
            List.of("swedish", "simple"), List.of("text", "author_name", "author_handle"));

    private final TextSearch textSearch;

    ResponseSearch(TextSearch textSearch) {
        this.textSearch = textSearch;
    }

    /**
     * What to add to a {@code where}: nothing without a search. Staff are shown only that a hidden or
     * removed response was moderated, never its words, so their search does not find one either.
     */
    String condition(SearchTerms search, boolean seesModeratedText, MapSqlParameterSource params) {
        if (!search.present()) {
            return "";
        }
        String condition = " and " + textSearch.condition(TEXT, search, params);
        if (seesModeratedText) {
            return condition;
        }
        params.addValue("moderated", Arrays.stream(ResponseState.values()).filter(ResponseState::moderated)
                .map(Enum::name).toList());
        return condition + " and state not in (:moderated)";
    }
}
