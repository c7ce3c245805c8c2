package se.redaktionen.post.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import se.redaktionen.RedaktionenProperties;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.post.PostState;
import se.redaktionen.web.Htmx;
import se.redaktionen.web.Paging;

/**
 * "Mina inlägg", and for the editorial group all posts: a search in the text with filters by
 * channel, state, sender and period, page by page. A plain GET form; htmx swaps only the results.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PostListController {

    static final List<Integer> SIZES = List.of(25, 50, 100);

    private final PostSearch search;
    private final Channels channels;
    private final People people;
    private final RedaktionenProperties properties;

    PostListController(PostSearch search, Channels channels, People people, RedaktionenProperties properties) {
        this.search = search;
        this.channels = channels;
        this.people = people;
        this.properties = properties;
    }

    /** Unreadable filters are ignored with a notice; a staff member asking for all posts gets 403. */
    @GetMapping("/posts")
    String list(@ModelAttribute("filters") PostListForm form, @AuthenticationPrincipal StaffUser user,
                HttpServletRequest request, Model model) {
        PostFilters filters = PostFilters.read(form.getQ(), form.getChannel(), form.getState(), form.getSender(),
                form.getFrom(), form.getTo(), channels, people);
        boolean ignored = !filters.unreadable().isEmpty();
        Integer size = number(form.getSize());
        boolean sizeKnown = size != null && SIZES.contains(size);
        ignored |= !blank(form.getSize()) && !sizeKnown;
        size = sizeKnown ? size : SIZES.get(0);
        Integer page = number(form.getPage());
        ignored |= !blank(form.getPage()) && (page == null || page < 1);
        PostSearch.Criteria criteria = filters.criteria(form.all(), properties.timeZone(), null);
        UriComponentsBuilder base = base(filters, form.all(), size);
        Paging paging = Paging.of(search.count(criteria, user), page == null ? 1 : page, size,
                n -> (n == 1 ? base.cloneBuilder() : base.cloneBuilder().queryParam("page", n)).encode()
                        .buildAndExpand(Map.of("q", filters.search().text())).toUriString());
        model.addAttribute("posts", search.page(criteria, user, paging.offset(), size));
        model.addAttribute("paging", paging);
        model.addAttribute("search", filters.search());
        model.addAttribute("filterChannel", filters.channelId());
        model.addAttribute("filterState", filters.state());
        model.addAttribute("filterSender", filters.sender() == null ? null : filters.sender().username());
        model.addAttribute("filterFrom", filters.from());
        model.addAttribute("filterTo", filters.to());
        model.addAttribute("filterSize", size);
        model.addAttribute("filterAll", form.all());
        model.addAttribute("filtered", filters.search().present() || filters.channelId() != null
                || filters.state() != null || filters.sender() != null || filters.from() != null
                || filters.to() != null);
        model.addAttribute("filterIgnored", ignored);
        model.addAttribute("editor", PostWorkflow.seesAll(user));
        model.addAttribute("sizes", SIZES);
        model.addAttribute("states", PostState.values());
        model.addAttribute("channels", channels.all());
        model.addAttribute("senders", people.everyone().stream()
                .sorted(Comparator.comparing(PersonSummary::displayName)).toList());
        model.addAttribute("channelNames", channelNames());
        return Htmx.pageOrRegion(request, model, "post/mine", "results");
    }

    /** The address of this search's first page, with every filter that was read. */
    private static UriComponentsBuilder base(PostFilters filters, boolean all, int size) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/posts");
        if (filters.search().present()) {
            // A variable, so that "&", "+" and "#" in what was typed are encoded too.
            uri.queryParam("q", "{q}");
        }
        if (all) {
            uri.queryParam("scope", PostListForm.ALL);
        }
        if (filters.channelId() != null) {
            uri.queryParam("channel", filters.channelId());
        }
        if (filters.state() != null) {
            uri.queryParam("state", filters.state().name());
        }
        if (filters.sender() != null) {
            uri.queryParam("sender", filters.sender().username());
        }
        if (filters.from() != null) {
            uri.queryParam("from", filters.from());
        }
        if (filters.to() != null) {
            uri.queryParam("to", filters.to());
        }
        if (size != SIZES.get(0)) {
            uri.queryParam("size", size);
        }
        return uri;
    }

    private Map<Long, String> channelNames() {
        return channels.all().stream().collect(Collectors.toMap(ChannelSummary::id, ChannelSummary::name));
    }

    private static Integer number(String value) {
        try {
            return blank(value) ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
