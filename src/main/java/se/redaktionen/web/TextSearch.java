package se.redaktionen.web;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * The SQL condition of a search box. On PostgreSQL it is full-text search in Swedish over the same
 * expression as the table's GIN index, {@code websearch_to_tsquery} taking what people type
 * ("quoted phrases", {@code or}, {@code -word}) without ever failing on it. The zero-setup H2 has no
 * full-text search, so there every word must occur, case-insensitively, in one of the columns.
 */
@Component
public class TextSearch {

    /**
     * Where to search: {@code vector} is the indexed tsvector expression, {@code configurations} the
     * text search configurations the query is read with (any one may match), {@code columns} what
     * the fallback looks in.
     */
    public record Target(String vector, List<String> configurations, List<String> columns) {
    }

    private final DataSource dataSource;
    private volatile Boolean postgres;

    TextSearch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A condition to put after {@code and}; a search with a problem matches nothing. */
    public String condition(Target target, SearchTerms terms, MapSqlParameterSource params) {
        if (terms.problem() != null) {
            return "1 = 0";
        }
        if (postgres()) {
            params.addValue("searchText", terms.text());
            List<String> queries = target.configurations().stream()
                    .map(c -> "websearch_to_tsquery('" + c + "', :searchText)").toList();
            return target.vector() + " @@ (" + String.join(" || ", queries) + ")";
        }
        List<String> words = new ArrayList<>();
        List<String> found = terms.words();
        for (int i = 0; i < found.size(); i++) {
            String name = "searchWord" + i;
            params.addValue(name, "%" + escapeLike(found.get(i).toLowerCase(Locale.ROOT)) + "%");
            words.add("(" + String.join(" or ", target.columns().stream()
                    .map(c -> "lower(" + c + ") like :" + name + " escape '\\'").toList()) + ")");
        }
        return String.join(" and ", words);
    }

    private boolean postgres() {
        if (postgres == null) {
            try {
                postgres = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                        DatabaseMetaData::getDatabaseProductName));
            } catch (MetaDataAccessException unreadable) {
                throw new IllegalStateException("cannot tell which database this is", unreadable);
            }
        }
        return postgres;
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
