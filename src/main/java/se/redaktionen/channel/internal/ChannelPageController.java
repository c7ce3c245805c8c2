package se.redaktionen.channel.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import se.redaktionen.Refused;
import se.redaktionen.Period;
import se.redaktionen.channel.AudienceChange;
import se.redaktionen.channel.AudienceSnapshot;
import se.redaktionen.channel.Audiences;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.platform.ChannelKind;
import se.redaktionen.platform.Platforms;

/**
 * A channel's own page, for all staff: its facts and its audience over a chosen period as a chart, a
 * sentence and a table. Editors, admins and the channel's responsible person and deputy type counts
 * for channels the daily fetch cannot reach.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ChannelPageController {

    private static final String PAGE = "channel/show";
    /** The periods offered with one click; each has its words as {@code audience.period.last<days>}. */
    private static final List<Integer> QUICK_DAYS = List.of(30, 90, 365, 730);

    private final ChannelRepository channels;
    private final Audiences audiences;
    private final AudienceEntry entry;
    private final People people;
    private final MessageSource messages;
    private final Platforms platforms;

    ChannelPageController(ChannelRepository channels, Audiences audiences, AudienceEntry entry, People people,
                          MessageSource messages, Platforms platforms) {
        this.channels = channels;
        this.audiences = audiences;
        this.entry = entry;
        this.people = people;
        this.messages = messages;
        this.platforms = platforms;
    }

    @InitBinder("audienceForm")
    void counts(WebDataBinder binder) {
        binder.setAllowedFields("countedOn", "followers", "fans");
        AudienceForm.registerEditors(binder);
    }

    @GetMapping("/channels/{id}")
    String show(@PathVariable long id, @RequestParam(required = false) String from,
                @RequestParam(required = false) String to, @AuthenticationPrincipal StaffUser user, Model model,
                Locale locale) {
        Channel channel = find(id);
        AudienceForm form = new AudienceForm();
        form.setCountedOn(entry.today());
        model.addAttribute("audienceForm", form);
        return page(channel, AudiencePeriod.parse(from, to, entry.today()), user, model, locale);
    }

    @PostMapping("/channels/{id}/audience")
    String record(@PathVariable long id, @ModelAttribute AudienceForm audienceForm, BindingResult result,
                  @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                  @AuthenticationPrincipal StaffUser user, Model model, Locale locale, RedirectAttributes redirect) {
        Channel channel = find(id);
        if (!entry.mayRecord(channel, user)) {
            throw new AccessDeniedException("Only editors and the channel's responsible person and deputy count");
        }
        entry.validate(audienceForm, channel, result);
        AudiencePeriod period = AudiencePeriod.parse(from, to, entry.today());
        if (result.hasErrors()) {
            return page(channel, period, user, model, locale);
        }
        boolean added = entry.record(channel, audienceForm, user);
        redirect.addFlashAttribute(added ? "audienceSaved" : "audienceReplaced", audienceForm.getCountedOn().toString());
        UriComponentsBuilder target = UriComponentsBuilder.fromPath("/channels/{id}");
        if (period.valid() && from != null && to != null) {
            target.queryParam("from", period.from()).queryParam("to", period.to());
        }
        return "redirect:" + target.fragment("audience").buildAndExpand(id).toUriString();
    }

    private String page(Channel channel, AudiencePeriod period, StaffUser user, Model model, Locale locale) {
        AudienceWords words = new AudienceWords(messages, locale);
        ChannelKind rules = channel.rules();
        model.addAttribute("channel", channel);
        model.addAttribute("branchName", channel.getBranchId() == null ? null : people.branches().stream()
                .filter(b -> b.id() == channel.getBranchId()).map(b -> b.name()).findFirst().orElse(null));
        model.addAttribute("responsible", channel.getResponsibleId() == null ? null
                : people.findById(channel.getResponsibleId()).orElse(null));
        model.addAttribute("deputy", channel.getDeputyId() == null ? null
                : people.findById(channel.getDeputyId()).orElse(null));
        model.addAttribute("period", period);
        model.addAttribute("today", entry.today());
        model.addAttribute("quickPeriods", QUICK_DAYS.stream().map(days -> Period.lastDays(days, entry.today()))
                .toList());
        model.addAttribute("mayRecord", entry.mayRecord(channel, user));
        model.addAttribute("fansApply", rules.hasFans());
        model.addAttribute("countColumn", words.column(rules));

        List<AudienceSnapshot> snapshots = audiences.snapshots(channel.getId(), period.from(), period.to());
        model.addAttribute("snapshots", snapshots);
        boolean withFans = snapshots.stream().anyMatch(s -> s.fans() != null);
        model.addAttribute("withFans", withFans);
        if (!snapshots.isEmpty()) {
            AudienceSnapshot last = snapshots.get(snapshots.size() - 1);
            AudienceChange change = Audiences.change(snapshots).orElseThrow();
            model.addAttribute("changeSentences", words.change(change, rules));
            model.addAttribute("latest", words.msg("audience.latest", words.number(last.followers()), words.unit(rules),
                    words.date(last.countedOn())));
            model.addAttribute("chart", AudienceChart.of(snapshots, period.from(), period.to(), words.column(rules),
                    withFans ? words.msg("audience.column.fans") : null, locale));
            model.addAttribute("chartTitle", words.msg("audience.chart.title", words.column(rules), channel.getName()));
            model.addAttribute("chartDescription", words.chartDescription(snapshots, rules, period.from(),
                    period.to()));
        }
        model.addAttribute("periodText", words.msg("audience.table.caption", words.date(period.from()),
                words.date(period.to())));
        if (platforms.withAudience().contains(channel.getKind())) {
            audiences.lastFetch(channel.getId()).ifPresent(fetch -> {
                model.addAttribute("lastFetch", fetch);
                if (fetch.failed()) {
                    model.addAttribute("fetchError", words.fetchError(fetch.errorCode(), channel.getName()));
                }
            });
        }
        return PAGE;
    }

    private Channel find(long id) {
        return channels.findById(id).orElseThrow(Refused::notFound);
    }
}
