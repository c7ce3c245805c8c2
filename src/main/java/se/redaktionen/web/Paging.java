package se.redaktionen.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Where a paged list stands and the links to its other pages, for {@code fragments/pager}: the
 * first and last page, two either side of the current one, and gaps between. Pages count from 1; a
 * page past the end is the last one.
 */
public record Paging(int page, int pages, int size, long total, String previous, String next, List<Link> links) {

    private static final int AROUND = 2;

    /** A page link, or a gap ({@code number} 0) where pages are left out. */
    public record Link(int number, String href, boolean current) {

        public boolean gap() {
            return number == 0;
        }
    }

    public static Paging of(long total, int requested, int size, IntFunction<String> href) {
        int pages = (int) Math.max(1, Math.min(Integer.MAX_VALUE, (total + size - 1) / size));
        int page = Math.max(1, Math.min(requested, pages));
        List<Link> links = new ArrayList<>();
        for (int n = 1; n <= pages; n++) {
            if (n == 1 || n == pages || Math.abs(n - page) <= AROUND) {
                links.add(new Link(n, href.apply(n), n == page));
            } else {
                links.add(new Link(0, null, false));
                n = n < page ? page - AROUND - 1 : pages - 1;
            }
        }
        return new Paging(page, pages, size, total, page > 1 ? href.apply(page - 1) : null,
                page < pages ? href.apply(page + 1) : null, links);
    }

    /** The first row of this page, from 0. */
    public long offset() {
        return (long) (page - 1) * size;
    }
}
