package se.redaktionen.channel.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static se.redaktionen.support.TestData.as;

import java.time.LocalDate;
import java.time.ZoneId;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import se.redaktionen.channel.AudienceSource;
import se.redaktionen.channel.Audiences;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.support.PostgresTest;
import se.redaktionen.support.TestData;

/** The channel page: facts, the audience chart, sentence and table, and counts typed by hand. */
@PostgresTest
class AudiencePageTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Audiences audiences;
    @Autowired
    TestData data;

    @Test
    void thePageShowsTheChartTheChangeAndEveryFigureInATableAndEscapesTheName() throws Exception {
        StaffUser responsible = data.editor();
        long channel = AudienceFixture.channel(jdbc, "<script>alert('x')</script> & Facebook", "FACEBOOK_PAGE",
                responsible, data.editor(), LocalDate.of(2010, 5, 3));
        audiences.record(channel, TODAY.minusDays(30), 3529, 3400, AudienceSource.PLATFORM, null);
        audiences.record(channel, TODAY.minusDays(15), 3600, 3410, AudienceSource.PLATFORM, null);
        audiences.record(channel, TODAY, 3649, 3417, AudienceSource.PLATFORM, null);

        String page = mvc.perform(get("/channels/{id}", channel).with(as(data.staff())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;alert(");
        assertThat(page).contains("<svg", "role=\"img\"", "aria-labelledby=\"audience-chart-title audience-chart-desc\"",
                "<title id=\"audience-chart-title\">Diagram: Följare för &lt;script&gt;", "<desc id=\"audience-chart-desc\">");
        assertThat(page).contains("<circle", "stroke-dasharray=\"6 4\"", "<rect");
        assertThat(page).as("no inline style: the CSP forbids it").doesNotContain("style=");
        assertThat(page).contains("+120 följare (+3,4 %) sedan", "+17 gilla-markeringar (+0,5 %) sedan");
        assertThat(page).contains("<caption>Publik dag för dag,", "<th scope=\"col\" class=\"number\" role=\"columnheader\">Gilla-markeringar (fans)</th>",
                "<th scope=\"row\" role=\"rowheader\"><time datetime=\"" + TODAY + "\">" + TODAY + "</time></th>",
                "3\u00a0649", "Hämtad från plattformen");
        assertThat(page).contains("Facebook-sida", "Aktiv", "2010-05-03", responsible.getDisplayName());
        assertThat(page).as("staff who do not answer for the channel get no count form")
                .doesNotContain("action=\"/channels/" + channel + "/audience#record\"");
    }

    @Test
    void aChosenPeriodIsShownAndBadDatesSayWhyAndShowTheLast90Days() throws Exception {
        long channel = AudienceFixture.channel(jdbc, data, "TWITTER");
        audiences.record(channel, TODAY.minusDays(200), 2000, null, AudienceSource.PLATFORM, null);
        audiences.record(channel, TODAY.minusDays(10), 2100, null, AudienceSource.PLATFORM, null);

        mvc.perform(get("/channels/{id}", channel).param("from", TODAY.minusDays(365).toString())
                        .param("to", TODAY.toString()).with(as(data.staff())))
                .andExpect(content().string(Matchers.containsString("+100 följare (+5,0 %) sedan")));
        mvc.perform(get("/channels/{id}", channel).param("from", "2025-02-30").param("to", "igår").with(as(data.staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Datumen kunde inte läsas")))
                .andExpect(content().string(Matchers.containsString("value=\"" + TODAY.minusDays(89) + "\"")))
                .andExpect(content().string(Matchers.containsString("Bara en siffra i perioden: 2\u00a0100 följare")));
        mvc.perform(get("/channels/{id}", channel).param("from", "2025-10-01").param("to", "2025-09-01")
                        .with(as(data.staff())))
                .andExpect(content().string(Matchers.containsString("Periodens början ligger efter dess slut")));
    }

    @Test
    void aPeriodWithoutFiguresSaysSoAndDrawsNoChart() throws Exception {
        long channel = AudienceFixture.channel(jdbc, data, "WORDPRESS_BLOG");

        mvc.perform(get("/channels/{id}", channel).with(as(data.staff())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Det finns inga siffror för den här perioden.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<svg"))));
    }

    @Test
    void anEditorTypesACountAndASecondCountForTheDayReplacesIt() throws Exception {
        long channel = AudienceFixture.channel(jdbc, data, "WORDPRESS_BLOG");
        StaffUser editor = data.editor();

        count(channel, editor, TODAY.minusDays(1).toString(), "1 234", null)
                .andExpect(redirectedUrl("/channels/" + channel + "#audience"));
        count(channel, editor, TODAY.minusDays(1).toString(), "1240", null)
                .andExpect(status().is3xxRedirection());

        assertThat(AudienceFixture.rows(jdbc, channel)).isEqualTo(1);
        assertThat(jdbc.queryForMap("select followers, source, recorded_by from audience_snapshot where channel_id = ?",
                channel)).containsEntry("followers", 1240).containsEntry("source", "MANUAL")
                .containsEntry("recorded_by", editor.getPersonId());
        mvc.perform(get("/channels/{id}", channel).with(as(data.staff())))
                .andExpect(content().string(Matchers.containsString("Prenumeranter")))
                .andExpect(content().string(Matchers.containsString("Räknad för hand")));
    }

    @Test
    void aFutureDayANegativeNumberOrNoNumberChangesNothingAndSaysWhy() throws Exception {
        long channel = AudienceFixture.channel(jdbc, "Blogg", "WORDPRESS_BLOG", data.editor(), data.editor(),
                LocalDate.of(2020, 1, 1));
        StaffUser editor = data.editor();

        count(channel, editor, TODAY.plusDays(1).toString(), "100", null)
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Dagen kan inte ligga i framtiden.")))
                .andExpect(content().string(Matchers.containsString("aria-invalid=\"true\"")));
        count(channel, editor, TODAY.toString(), "-5", null)
                .andExpect(content().string(Matchers.containsString("Antalet kan inte vara negativt.")));
        count(channel, editor, TODAY.toString(), "många", null)
                .andExpect(content().string(Matchers.containsString("Skriv antalet som ett heltal, till exempel 1234.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Skriv antalet.<"))));
        count(channel, editor, "2019-12-31", "100", null)
                .andExpect(content().string(Matchers.containsString("Dagen kan inte ligga före kanalens start (2020-01-01).")));
        count(channel, editor, "31/12", "100", null)
                .andExpect(content().string(Matchers.containsString("Skriv dagen som ÅÅÅÅ-MM-DD")));
        count(channel, editor, TODAY.toString(), "100", "90")
                .andExpect(content().string(Matchers.containsString("Gilla-markeringar finns bara för Facebook-sidor.")));

        assertThat(AudienceFixture.rows(jdbc, channel)).isZero();
    }

    @Test
    void theResponsiblePersonAndDeputyMayCountTheirChannelOtherStaffMayNot() throws Exception {
        StaffUser deputy = data.staff();
        long channel = AudienceFixture.channel(jdbc, "Blogg", "WORDPRESS_BLOG", data.staff(), deputy, null);

        mvc.perform(get("/channels/{id}", channel).with(as(deputy)))
                .andExpect(content().string(Matchers.containsString("action=\"/channels/" + channel + "/audience#record\"")));
        count(channel, deputy, TODAY.toString(), "77", null).andExpect(status().is3xxRedirection());
        count(channel, data.staff(), TODAY.toString(), "78", null).andExpect(status().isForbidden());

        assertThat(jdbc.queryForObject("select followers from audience_snapshot where channel_id = ?", Integer.class,
                channel)).isEqualTo(77);
    }

    @Test
    void aFailedFetchIsShownInWordsOnThePage() throws Exception {
        long channel = AudienceFixture.channel(jdbc, data, "TWITTER");
        audiences.recordFetchFailure(channel, "TOKEN_INVALID", "Unauthorized");

        mvc.perform(get("/channels/{id}", channel).with(as(data.staff())))
                .andExpect(content().string(Matchers.containsString("misslyckades: Plattformen godtar inte "
                        + "inloggningsuppgifterna")))
                .andExpect(content().string(Matchers.containsString("Plattformen svarade: Unauthorized")));
    }

    @Test
    void theOverviewLinksEachChannelToItsPageAndAnUnknownChannelIsNotFound() throws Exception {
        long channel = AudienceFixture.channel(jdbc, data, "TWITTER");

        mvc.perform(get("/channels").with(as(data.staff())))
                .andExpect(content().string(Matchers.containsString("href=\"/channels/" + channel + "\"")));
        mvc.perform(get("/channels/{id}", 987_654_321L).with(as(data.staff()))).andExpect(status().isNotFound());
    }

    @Test
    void theEnglishPageSpeaksEnglish() throws Exception {
        long channel = AudienceFixture.channel(jdbc, data, "TWITTER");
        audiences.record(channel, TODAY.minusDays(2), 1000, null, AudienceSource.PLATFORM, null);
        audiences.record(channel, TODAY, 990, null, AudienceSource.PLATFORM, null);

        mvc.perform(get("/channels/{id}", channel).param("lang", "en").with(as(data.staff())))
                .andExpect(content().string(Matchers.containsString("\u221210 followers (\u22121.0%) since")));
    }

    private ResultActions count(long channel, StaffUser person, String day, String followers, String fans)
            throws Exception {
        var request = post("/channels/{id}/audience", channel).with(as(person)).with(csrf())
                .param("countedOn", day).param("followers", followers);
        if (fans != null) {
            request.param("fans", fans);
        }
        return mvc.perform(request);
    }
}
