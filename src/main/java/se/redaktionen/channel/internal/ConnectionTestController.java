package se.redaktionen.channel.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.Refused;
import se.redaktionen.platform.ChannelAccount;
import se.redaktionen.channel.Channels;
import se.redaktionen.platform.ConnectionTest;
import se.redaktionen.platform.FailureCode;
import se.redaktionen.platform.PlainHttp;
import se.redaktionen.platform.PlatformFailure;
import se.redaktionen.platform.Platforms;

/**
 * The Test connection button: calls the platform with the stored credentials and says what came back.
 * A failure is told as what failed on the way, or as the platform's answer with its own words where it
 * sent some; never as a retry, since a test is not repeated.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ConnectionTestController {

    private static final Logger log = LoggerFactory.getLogger(ConnectionTestController.class);

    private final Channels channels;
    private final Platforms platforms;

    ConnectionTestController(Channels channels, Platforms platforms) {
        this.channels = channels;
        this.platforms = platforms;
    }

    @PostMapping("/admin/channels/{id}/test")
    String test(@PathVariable long id, RedirectAttributes redirect) {
        ChannelAccount account = channels.account(id)
                .orElseThrow(Refused::notFound);
        try {
            ConnectionTest connection = platforms.connectionTest(account.kind());
            redirect.addFlashAttribute("connectionReached", connection.testConnection(account));
            redirect.addFlashAttribute("connectionPlainHttp", PlainHttp.exposes(connection.address(account)));
        } catch (PlatformFailure failure) {
            redirect.addFlashAttribute("connectionFailed", failure.trouble() != null
                    ? "channel.connection.trouble." + failure.trouble()
                    : "channel.connection.error." + failure.code());
            if (failure.platformMessage() != null) {
                redirect.addFlashAttribute("connectionDetail", failure.platformMessage());
            }
        } catch (RuntimeException e) {
            // Only the type: an unexpected message might quote a request, and requests carry credentials.
            log.error("Connection test of channel {} failed unexpectedly: {}", id, e.getClass().getName());
            redirect.addFlashAttribute("connectionFailed", "channel.connection.error." + FailureCode.UNEXPECTED);
        }
        return "redirect:/admin/channels/" + id + "/edit#connection";
    }
}
