package se.redaktionen.event.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;
import static se.redaktionen.support.TestData.as;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import se.redaktionen.organisation.BranchSummary;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/** Editors plan events on the pages; everybody reads them. */
@PostgresTest
class EventPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestData data;
    @Autowired
    EventRepository events;

    StaffUser editor;
    StaffUser staff;
    BranchSummary branch;
    String title;

    @BeforeEach
    void anEditorAMemberOfStaffAndABranch() {
        editor = data.editor();
        staff = data.staff();
        branch = data.branch();
        title = TestData.unique("Forfattarbesok");
    }

    private EventRequests form() {
        return new EventRequests(title, branch.id(), editor);
    }

    private long created(EventRequests form) throws Exception {
        String location = mvc.perform(form.create(editor)).andExpect(status().is3xxRedirection()).andReturn()
                .getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring("/events/".length()));
    }

    @Test
    void anEditorCreatesAnEventWithItsTeamAndChannelsAndEveryoneSeesItsPage() throws Exception {
        long channel = data.channel(ChannelKind.SANDBOX);
        long id = created(form().set("teamIds", String.valueOf(staff.getPersonId()))
                .set("channelIds", String.valueOf(channel)).set("threadOnX", "true"));

        mvc.perform(get("/events/{id}", id).with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString(title),
                        Matchers.containsString("data-person-id=\"" + staff.getPersonId() + "\""),
                        Matchers.containsString("data-channel-id=\"" + channel + "\""),
                        Matchers.containsString("data-window-state=\"NOT_YET\""),
                        Matchers.containsString("data-thread-on-x"),
                        Matchers.not(Matchers.containsString("data-cancel-event")))));
    }

    @Test
    void theEditFormTicksTheTeamAndSendsOnlyWhoIsTickedNotAMarkerPerPersonOfTheStaff() throws Exception {
        StaffUser other = data.staff();
        long id = created(form().set("teamIds", String.valueOf(staff.getPersonId())));

        mvc.perform(get("/events/{id}/edit", id).with(as(editor)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("value=\"" + staff.getPersonId() + "\" checked=\"checked\""),
                        Matchers.containsString("value=\"" + other.getPersonId() + "\">"),
                        Matchers.not(Matchers.containsString("name=\"_teamIds\"")))));
    }

    @Test
    void anEmptyWindowIsHalfAnHourBeforeTheStartToAnHourAfterTheEnd() {
        Event event = events.findById(createdQuietly(form())).orElseThrow();

        assertThat(Duration.between(event.window().opens(), event.getStartsAt())).isEqualTo(Duration.ofMinutes(30));
        assertThat(Duration.between(event.getEndsAt(), event.window().closes())).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void aWindowTypedByTheEditorIsKept() {
        LocalDateTime opens = LocalDateTime.now(EventRequests.STOCKHOLM).plusDays(1).withHour(9).withMinute(0);
        Event event = events.findById(createdQuietly(form().set("windowOpensAt", EventRequests.field(opens))))
                .orElseThrow();

        assertThat(event.window().opens()).isEqualTo(opens.withSecond(0).withNano(0)
                .atZone(EventRequests.STOCKHOLM).toInstant());
    }

    @Test
    void aWindowEndingBeforeItStartsIsRefusedAndWhatWasTypedStays() throws Exception {
        LocalDateTime early = LocalDateTime.now(EventRequests.STOCKHOLM).plusDays(1).withHour(8);
        assertRefused(form().set("windowClosesAt", EventRequests.field(early)), "windowClosesAt",
                "event.windowReversed");
    }

    @Test
    void aWindowLongerThanSevenDaysIsRefused() throws Exception {
        LocalDateTime late = LocalDateTime.now(EventRequests.STOCKHOLM).plusDays(12);
        assertRefused(form().set("windowClosesAt", EventRequests.field(late)), "windowClosesAt",
                "event.windowTooLong");
    }

    @Test
    void aNewEventInThePastIsRefused() throws Exception {
        LocalDateTime yesterday = LocalDateTime.now(EventRequests.STOCKHOLM).minusDays(1);
        assertRefused(form().set("startsAt", EventRequests.field(yesterday))
                .set("endsAt", EventRequests.field(yesterday.plusHours(1))), "startsAt", "event.startInPast");
    }

    @Test
    void anEventEndingBeforeItStartsIsRefused() throws Exception {
        LocalDateTime soon = LocalDateTime.now(EventRequests.STOCKHOLM).plusDays(3);
        assertRefused(form().set("startsAt", EventRequests.field(soon))
                .set("endsAt", EventRequests.field(soon.minusHours(1))), "endsAt", "event.endBeforeStart");
    }

    @Test
    void aHashtagWithASpaceIsRefused() throws Exception {
        assertRefused(form().set("hashtag", "Bok mässan"), "hashtag", "Pattern");
    }

    @Test
    void anInactiveTeamMemberIsRefused() throws Exception {
        StaffUser gone = data.staff();
        jdbc.update("update person set active = false where id = ?", gone.getPersonId());
        assertRefused(form().set("teamIds", String.valueOf(gone.getPersonId())), "teamIds",
                "event.teamMemberInactive");
    }

    @Test
    void unknownIdsOfBranchPersonAndChannelAreRefused() throws Exception {
        assertRefused(form().set("branchId", "987654321"), "branchId", "event.branchUnknown");
        assertRefused(form().set("teamIds", "987654321"), "teamIds", "event.personUnknown");
        assertRefused(form().set("responsibleId", "987654321"), "responsibleId", "event.personUnknown");
        assertRefused(form().set("channelIds", "987654321"), "channelIds", "event.channelUnknown");
        assertRefused(form().set("channelIds", "tre"), "channelIds", "typeMismatch");
    }

    @Test
    void aMemberOfStaffCannotBeTheResponsibleEditor() throws Exception {
        assertRefused(new EventRequests(title, branch.id(), staff), "responsibleId", "event.responsibleNotEditor");
    }

    @Test
    void theEventIsAtABranchOrAnOutsideVenueNeverBothNorNeither() throws Exception {
        assertRefused(form().set("venue", "Konsthallen"), "branchId", "event.placeBoth");
        assertRefused(form().without("branchId"), "branchId", "event.placeRequired");
        assertThat(events.findById(createdQuietly(form().without("branchId").set("venue", "Konsthallen")))
                .orElseThrow().getVenue()).isEqualTo("Konsthallen");
    }

    @Test
    void anAbsurdDateIsADateOutOfRangeNotAServerError() throws Exception {
        assertRefused(form().set("startsAt", "99999-01-01T18:00"), "startsAt", "typeMismatch");
    }

    @Test
    void aCancelledEventStaysMarkedCancelledWithItsWindowClosedAndCannotBeCancelledAgain() throws Exception {
        long id = createdQuietly(form());

        mvc.perform(post("/events/{id}/cancel", id).param("version", "0").with(csrf()).with(as(editor)))
                .andExpect(flash().attribute("cancelled", true));
        mvc.perform(get("/events/{id}", id).with(as(staff)))
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("data-event-cancelled"),
                        Matchers.containsString("data-window-state=\"CANCELLED\""))));
        mvc.perform(post("/events/{id}/cancel", id).param("version", "1").with(csrf()).with(as(editor)))
                .andExpect(flash().attribute("refusal", "event.alreadyCancelled"));
        assertThat(events.findById(id).orElseThrow().isCancelled()).isTrue();
    }

    @Test
    void anEditorChangesAnEventAndAStaleFormIsRefusedWithoutChangingIt() throws Exception {
        long id = createdQuietly(form());

        mvc.perform(form().set("title", title + " (ny tid)").edit(id, 0, editor))
                .andExpect(status().is3xxRedirection());
        mvc.perform(form().set("title", title + " (gammal)").edit(id, 0, editor))
                .andExpect(model().attributeHasErrors("eventForm"))
                .andExpect(content().string(Matchers.containsString(title + " (gammal)")));

        assertThat(events.findById(id).orElseThrow().getTitle()).isEqualTo(title + " (ny tid)");
    }

    @Test
    void theListShowsUpcomingEventsSoonestFirstAndPastOnesOnTheirOwnTab() throws Exception {
        long id = createdQuietly(form());
        long past = createdQuietly(form().set("title", title + " förr"));
        jdbc.update("update event set starts_at = ?, ends_at = ?, window_opens_at = ?, window_closes_at = ? "
                + "where id = ?", ts(-3 * 24), ts(-3 * 24 + 2), ts(-3 * 24 - 1), ts(-3 * 24 + 3), past);

        mvc.perform(get("/events").param("page", "x").with(as(staff)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("data-event-id=\"" + id + "\""),
                        Matchers.not(Matchers.containsString("data-event-id=\"" + past + "\"")))));
        mvc.perform(get("/events").param("view", "past").with(as(staff)))
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("data-event-id=\"" + past + "\""),
                        Matchers.not(Matchers.containsString("data-event-id=\"" + id + "\"")))));
    }

    @Test
    void theHashtagRuleAdvisesCamelCaseOnTheEventPage() throws Exception {
        long lower = createdQuietly(form().set("hashtag", "bokmassanbotkyrka"));
        long camel = createdQuietly(form().set("hashtag", "BokmassanBotkyrka"));

        mvc.perform(get("/events/{id}", lower).with(as(staff)))
                .andExpect(content().string(Matchers.containsString("data-hashtag-advice")));
        mvc.perform(get("/events/{id}", camel).with(as(staff)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("data-hashtag-advice"))));
    }

    private void assertRefused(EventRequests form, String field, String code) throws Exception {
        long before = events.count();
        mvc.perform(form.create(editor))
                .andExpect(status().isOk())
                .andExpect(view().name("event/form"))
                .andExpect(model().attributeHasFieldErrorCode("eventForm", field, code))
                .andExpect(content().string(Matchers.containsString("value=\"" + title + "\"")));
        assertThat(events.count()).as("nothing saved").isEqualTo(before);
    }

    private long createdQuietly(EventRequests form) {
        try {
            return created(form);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.sql.Timestamp ts(int hoursFromNow) {
        return java.sql.Timestamp.from(Instant.now().plus(Duration.ofHours(hoursFromNow)));
    }
}
