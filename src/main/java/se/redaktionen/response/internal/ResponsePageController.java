package se.redaktionen.response.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.Refused;
import se.redaktionen.channel.ChannelSummary;
import se.redaktionen.channel.Channels;
import se.redaktionen.organisation.People;
import se.redaktionen.organisation.PersonSummary;
import se.redaktionen.organisation.StaffUser;
import se.redaktionen.post.PostDirectory;
import se.redaktionen.response.ModerationReason;

/**
 * One response: what was said, where and when, what it answers, who has it and why, and what has
 * been done with it; the forms to answer, close, reassign and moderate it. A refusal changes nothing
 * and comes back to the page with its reason and the text that was typed.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ResponsePageController {

    private final ResponseWork work;
    private final ResponseDeadlines deadlines;
    private final Channels channels;
    private final People people;
    private final PostDirectory posts;
    private final Clock clock;

    ResponsePageController(ResponseWork work, ResponseDeadlines deadlines, Channels channels, People people,
                           PostDirectory posts, Clock clock) {
        this.work = work;
        this.deadlines = deadlines;
        this.channels = channels;
        this.people = people;
        this.posts = posts;
        this.clock = clock;
    }

    @GetMapping("/responses/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal StaffUser user, Model model) {
        Response response = work.visible(id, user);
        return page(response, user, model);
    }

    /** Answers from Redaktionen; with {@code preview}, only shows the signed answer as the channel gets it. */
    @PostMapping("/responses/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) String text,
                  @RequestParam(required = false) String preview, @AuthenticationPrincipal StaffUser user,
                  Model model, RedirectAttributes redirect) {
        if (preview != null) {
            Response response = work.visible(id, user);
            model.addAttribute("answerText", text);
            if (text != null && !text.isBlank()) {
                model.addAttribute("preview", work.preview(response, text, user));
            }
            return page(response, user, model);
        }
        return act(id, redirect, "answered", () -> work.answer(id, text, user), Map.of("answerText", nz(text)));
    }

    @PostMapping("/responses/{id}/answered-elsewhere")
    String answeredElsewhere(@PathVariable long id, @RequestParam(required = false) String note,
                             @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        return act(id, redirect, "answeredElsewhere", () -> work.answeredElsewhere(id, note, user),
                Map.of("elsewhereNote", nz(note)));
    }

    @PostMapping("/responses/{id}/no-action")
    String noAction(@PathVariable long id, @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        return act(id, redirect, "noActionNeeded", () -> work.noActionNeeded(id, user), Map.of());
    }

    @PostMapping("/responses/{id}/reassign")
    @PreAuthorize("hasRole('EDITOR')")
    String reassign(@PathVariable long id, @RequestParam(required = false) String person,
                    @AuthenticationPrincipal StaffUser editor, RedirectAttributes redirect) {
        Long personId = Lenient.parseLong(person);
        return act(id, redirect, "reassigned", () -> {
            if (personId == null) {
                throw Refused.invalid("response.reassign.personRequired");
            }
            return work.reassign(id, personId, editor);
        }, Map.of());
    }

    @PostMapping("/responses/{id}/hide")
    @PreAuthorize("hasRole('EDITOR')")
    String hide(@PathVariable long id, @RequestParam(required = false) String reason,
                @RequestParam(required = false) String reasonText, @AuthenticationPrincipal StaffUser editor,
                RedirectAttributes redirect) {
        return moderate(id, false, reason, reasonText, editor, redirect);
    }

    @PostMapping("/responses/{id}/remove")
    @PreAuthorize("hasRole('EDITOR')")
    String remove(@PathVariable long id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String reasonText, @AuthenticationPrincipal StaffUser editor,
                  RedirectAttributes redirect) {
        return moderate(id, true, reason, reasonText, editor, redirect);
    }

    private String moderate(long id, boolean remove, String reason, String reasonText, StaffUser editor,
                            RedirectAttributes redirect) {
        ModerationReason why = Lenient.parse(ModerationReason.class, reason);
        return act(id, redirect, remove ? "removed" : "hidden",
                () -> work.moderate(id, remove, why, reasonText, editor),
                Map.of("moderationReason", nz(reason), "moderationText", nz(reasonText)));
    }

    private String page(Response response, StaffUser user, Model model) {
        Instant now = clock.instant();
        boolean editor = user.isAtLeastEditor();
        ChannelSummary channel = channels.find(response.getChannelId()).orElseThrow();
        Map<Long, PersonSummary> persons = people.everyone().stream()
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
        List<ResponseModeration> moderations = editor ? work.moderationRecord(response.getId()) : List.of();
        model.addAttribute("response", response);
        model.addAttribute("channel", channel);
        model.addAttribute("persons", persons);
        model.addAttribute("answerBy", deadlines.answerBy(response));
        model.addAttribute("escalatesAt", deadlines.escalatesAt(response.getReceivedAt()));
        model.addAttribute("overdue", deadlines.overdue(response, now));
        model.addAttribute("escalated", deadlines.escalated(response, now));
        model.addAttribute("post", response.getPostId() == null ? null : posts.find(response.getPostId()).orElse(null));
        model.addAttribute("reply", work.answerPublication(response));
        model.addAttribute("moderations", moderations);
        boolean moderated = response.getState().moderated();
        model.addAttribute("moderated", moderated);
        model.addAttribute("answerHere", !moderated && work.answerableHere(response, channel));
        model.addAttribute("editor", editor);
        model.addAttribute("activePeople", editor ? people.activePeople() : List.of());
        model.addAttribute("reasons", ModerationReason.values());
        model.addAttribute("maxAnswer", ResponseWork.MAX_ANSWER);
        model.addAttribute("maxReason", ResponseWork.MAX_REASON);
        return "response/show";
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    /**
     * Does one thing to a response and goes back to it, saying what was done or why it was not; on a
     * refusal what was typed ({@code typed}) comes back into the form.
     */
    private static String act(long id, RedirectAttributes redirect, String done, Supplier<Response> action,
                              Map<String, String> typed) {
        try {
            action.get();
            redirect.addFlashAttribute("done", done);
        } catch (Refused refused) {
            if (refused.is(Refused.Kind.NOT_FOUND)) {
                throw refused;
            }
            redirect.addFlashAttribute("refusal", refused.getMessageKey());
            redirect.addFlashAttribute("refusalArgs", refused.getArguments());
            typed.forEach(redirect::addFlashAttribute);
        }
        return "redirect:/responses/" + id;
    }
}
