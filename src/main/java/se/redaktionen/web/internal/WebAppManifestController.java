package se.redaktionen.web.internal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The web app manifest, so that staff who post live from an event can put Redaktionen on their phone's
 * home screen and open it like an app. Served by a controller rather than as a file: its name and
 * description are visible strings and come from the message bundles, and its media type is one the
 * servlet container does not know.
 */
@Controller
class WebAppManifestController {

    static final MediaType MANIFEST = MediaType.parseMediaType("application/manifest+json");
    /** The stylesheet's --accent. */
    static final String THEME_COLOUR = "#0b5394";

    private final MessageSource messages;

    WebAppManifestController(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/manifest.webmanifest")
    ResponseEntity<Map<String, Object>> manifest(Locale locale) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("name", messages.getMessage("app.name", null, locale));
        manifest.put("short_name", messages.getMessage("app.name", null, locale));
        manifest.put("description", messages.getMessage("layout.footer", null, locale));
        manifest.put("lang", locale.getLanguage());
        manifest.put("start_url", "/");
        manifest.put("scope", "/");
        manifest.put("display", "standalone");
        manifest.put("theme_color", THEME_COLOUR);
        manifest.put("background_color", "#ffffff");
        manifest.put("icons", List.of(
                Map.of("src", "/icons/favicon.svg", "type", "image/svg+xml", "sizes", "any"),
                Map.of("src", "/icons/icon-192.png", "type", "image/png", "sizes", "192x192"),
                Map.of("src", "/icons/icon-512.png", "type", "image/png", "sizes", "512x512")));
        return ResponseEntity.ok().contentType(MANIFEST).cacheControl(CacheControl.maxAge(Duration.ofDays(1)))
                .body(manifest);
    }
}
