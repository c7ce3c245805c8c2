package se.redaktionen.channel.internal;

import java.util.Map;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

import se.redaktionen.organisation.StaffUser;

/**
 * The Connect buttons and the platforms' way back: the admin starts on a channel's edit page, signs in at the
 * platform, comes back to {@code /admin/channels/connect/callback/{platform}}, chooses (or confirms) the
 * account, and lands on the edit page again. Each step is bound to the admin's session.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ConnectController {

    private static final String PAGE = "channel/connect";

    private final ChannelConnections connections;

    ConnectController(ChannelConnections connections) {
        this.connections = connections;
    }

    /** How long a flow lasts, for the page that says it expired. */
    @ModelAttribute("connectMinutes")
    long connectMinutes() {
        return ChannelConnections.VALID.toMinutes();
    }

    /**
     * A link, not a form: a browser refuses to follow a form's redirect to another site under the pages'
     * {@code form-action 'self'} (Spring Security's own OAuth2 login starts with a link too). Starting and the
     * callback change nothing but the admin's session; only the choice, a form, stores anything.
     */
    @GetMapping("/admin/channels/{id}/connect")
    Object start(@PathVariable long id, @AuthenticationPrincipal StaffUser admin, HttpSession session, Model model,
                 RedirectAttributes redirect) {
        ConnectFlows flows = ConnectFlows.of(session);
        ConnectOutcome outcome = connections.start(id, admin.getPersonId(), flows, callbackBase());
        flows.saveIn(session);
        return show(outcome, model, redirect);
    }

    @GetMapping("/admin/channels/connect/callback/{platform}")
    Object callback(@PathVariable String platform, @RequestParam Map<String, String> parameters,
                    @AuthenticationPrincipal StaffUser admin, HttpSession session, Model model,
                    RedirectAttributes redirect) {
        ConnectFlows flows = ConnectFlows.of(session);
        ConnectOutcome outcome = ChannelConnections.kindOf(platform)
                .map(kind -> connections.callback(kind, parameters, admin.getPersonId(), flows, callbackBase()))
                .orElseGet(() -> new ConnectOutcome.Refused("channel.connect.refused.unknown", null, null, null));
        flows.saveIn(session);
        return show(outcome, model, redirect);
    }

    @PostMapping("/admin/channels/connect/choose")
    Object choose(@RequestParam(defaultValue = "") String key, @RequestParam(defaultValue = "") String account,
                  @AuthenticationPrincipal StaffUser admin, HttpSession session, Model model,
                  RedirectAttributes redirect) {
        ConnectFlows flows = ConnectFlows.of(session);
        if (account.isBlank()) {
            model.addAttribute("chooseOne", true);
            return show(connections.pending(key, admin.getPersonId(), flows), model, redirect);
        }
        ConnectOutcome outcome = connections.choose(key, account, admin.getPersonId(), flows);
        flows.saveIn(session);
        return show(outcome, model, redirect);
    }

    private Object show(ConnectOutcome outcome, Model model, RedirectAttributes redirect) {
        if (outcome instanceof ConnectOutcome.Authorize authorize) {
            return away(authorize);
        }
        if (outcome instanceof ConnectOutcome.Connected connected) {
            redirect.addFlashAttribute("connected", connected.account());
            return "redirect:/admin/channels/" + connected.channelId() + "/edit#connect";
        }
        model.addAttribute(outcome instanceof ConnectOutcome.Choose ? "choice" : "refused", outcome);
        return PAGE;
    }

    /** To the platform's own address, exactly as it is: nothing of the model is added to it. */
    private static View away(ConnectOutcome.Authorize authorize) {
        RedirectView view = new RedirectView(authorize.address().toString());
        view.setExpandUriTemplateVariables(false);
        view.setExposeModelAttributes(false);
        return view;
    }

    /** This installation's address of the callbacks, as the platform must be told (behind a proxy too). */
    private static String callbackBase() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/admin/channels/connect/callback/")
                .toUriString();
    }
}
