package se.redaktionen.response.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

import se.redaktionen.web.SearchTerms;

/** The inbox's addresses for other tabs and pages, keeping the filters and the search that were read. */
record InboxLinks(Long channel, String state, ResponseInbox.Due due, SearchTerms search) {

    Map<ResponseInbox.View, String> tabs(Set<ResponseInbox.View> tabs) {
        Map<ResponseInbox.View, String> links = new LinkedHashMap<>();
        for (ResponseInbox.View v : tabs) {
            links.put(v, link(v, 1));
        }
        return links;
    }

    List<Map.Entry<Integer, String>> pages(ResponseInbox.View tab, int page, int pages) {
        List<Map.Entry<Integer, String>> links = new ArrayList<>();
        if (page > 1) {
            links.add(Map.entry(page - 1, link(tab, page - 1)));
        }
        if (page < pages) {
            links.add(Map.entry(page + 1, link(tab, page + 1)));
        }
        return links;
    }

    private String link(ResponseInbox.View tab, int page) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/responses").queryParam("view", tab.param());
        if (search.present()) {
            // A variable, so that "&", "+" and "#" in what was typed are encoded too.
            uri.queryParam("q", "{q}");
        }
        if (channel != null) {
            uri.queryParam("channel", channel);
        }
        if (!InboxFilter.OPEN.equals(state)) {
            uri.queryParam("state", state);
        }
        if (due != null) {
            uri.queryParam("due", due.name().toLowerCase(Locale.ROOT));
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().buildAndExpand(Map.of("q", search.text())).toUriString();
    }
}
