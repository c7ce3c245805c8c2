package se.redaktionen.publishing.internal;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.channel.ChannelAccount;
import se.redaktionen.channel.Channels;

/** The Test connection button: calls the platform with the stored credentials and says what came back. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ConnectionTestController {

    private final Channels channels;
    private final PlatformAdapters adapters;

    ConnectionTestController(Channels channels, PlatformAdapters adapters) {
        this.channels = channels;
        this.adapters = adapters;
    }

    @PostMapping("/admin/channels/{id}/test")
    String test(@PathVariable long id, RedirectAttributes redirect) {
        ChannelAccount account = channels.account(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            redirect.addFlashAttribute("connectionReached", adapters.forKind(account.kind()).testConnection(account));
        } catch (PlatformFailure failure) {
            redirect.addFlashAttribute("connectionFailed", failure.code().name());
            if (failure.detail() != null) {
                redirect.addFlashAttribute("connectionDetail", failure.detail());
            }
        }
        return "redirect:/admin/channels/" + id + "/edit#connection";
    }
}
