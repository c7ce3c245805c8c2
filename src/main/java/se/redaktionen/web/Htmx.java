package se.redaktionen.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.ui.Model;

/**
 * A page whose filters and tabs htmx swaps in place: htmx's own requests get the region that changes,
 * everything else (no JavaScript, a reload, a shared address, htmx restoring a history entry it no
 * longer holds) the whole page. Pages are sent with {@code Cache-Control: no-store}, so a browser
 * never shows a region it fetched as if it were the page at that address.
 */
public final class Htmx {

    /** True in the model when only the region is rendered, so that it can take the focus (see htmx autofocus). */
    public static final String REGION = "htmxRegion";

    private Htmx() {
    }

    /** {@code page} or, to htmx, its fragment {@code region} (as {@code page :: region}). */
    public static String pageOrRegion(HttpServletRequest request, Model model, String page, String region) {
        boolean swap = "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
        model.addAttribute(REGION, swap);
        return swap ? page + " :: " + region : page;
    }
}
