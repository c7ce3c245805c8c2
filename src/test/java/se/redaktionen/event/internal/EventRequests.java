package se.redaktionen.event.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static se.redaktionen.support.TestData.as;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import se.redaktionen.organisation.StaffUser;

/**
 * A valid event form as an editor sends it — two days from now, 18 to 20 at a branch — whose fields a
 * test changes one at a time to see exactly that one refused.
 */
final class EventRequests {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter FIELD = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    private final Map<String, String[]> fields = new LinkedHashMap<>();

    EventRequests(String title, long branchId, StaffUser responsible) {
        LocalDateTime day = LocalDateTime.now(STOCKHOLM).plusDays(2).withHour(18).withMinute(0).withSecond(0)
                .withNano(0);
        set("title", title);
        set("kind", "AUTHOR_VISIT");
        set("branchId", String.valueOf(branchId));
        set("startsAt", FIELD.format(day));
        set("endsAt", FIELD.format(day.plusHours(2)));
        set("description", "Läsning och samtal.");
        set("hashtag", "TestLasning");
        set("responsibleId", String.valueOf(responsible.getPersonId()));
    }

    static String field(LocalDateTime time) {
        return FIELD.format(time);
    }

    EventRequests set(String name, String... values) {
        fields.put(name, values);
        return this;
    }

    EventRequests without(String name) {
        fields.remove(name);
        return this;
    }

    MockHttpServletRequestBuilder create(StaffUser editor) {
        return to("/events/new", editor);
    }

    MockHttpServletRequestBuilder edit(long id, long version, StaffUser editor) {
        set("version", String.valueOf(version));
        return to("/events/" + id + "/edit", editor);
    }

    private MockHttpServletRequestBuilder to(String path, StaffUser editor) {
        MockHttpServletRequestBuilder request = post(path).with(csrf()).with(as(editor));
        fields.forEach(request::param);
        return request;
    }
}
