package se.redaktionen.post.internal;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** How a page shows a workflow move: back to the post, with what happened or why it did not. */
final class WorkflowOutcome {

    private WorkflowOutcome() {
    }

    static String of(long postId, RedirectAttributes redirect, java.util.function.Supplier<Post> move) {
        try {
            redirect.addFlashAttribute("moved", move.get().getState());
        } catch (PostRefused refused) {
            redirect.addFlashAttribute("refusal", refused.getMessageKey());
            if (!refused.pendingGuidelines().isEmpty()) {
                redirect.addFlashAttribute("pendingGuidelines", refused.pendingGuidelines());
            }
        }
        return "redirect:/posts/" + postId;
    }
}
