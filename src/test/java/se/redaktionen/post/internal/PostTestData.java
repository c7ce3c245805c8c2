package se.redaktionen.post.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationContext;
import org.springframework.validation.BeanPropertyBindingResult;

import se.redaktionen.guideline.RuleChecks;
import se.redaktionen.organisation.StaffUser;

/** The post module's side of {@link se.redaktionen.support.TestData}: the moves the post pages make. */
public final class PostTestData {

    private PostTestData() {
    }

    /** A draft validated and saved as the post form does; returns its id. */
    public static long draft(ApplicationContext context, StaffUser author, String title, String body,
                             List<Long> channelIds) {
        PostForm form = new PostForm();
        form.setTitle(title);
        form.setBody(body);
        form.setChannelIds(channelIds);
        PostWriting writing = context.getBean(PostWriting.class);
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "postForm");
        writing.validate(form, author, result);
        if (result.hasErrors()) {
            throw new IllegalArgumentException("Not a valid test post: " + result.getAllErrors());
        }
        Post post = new Post(author.getPersonId(), context.getBean(Clock.class).instant());
        return context.getBean(PostWorkflow.class).saveDraft(post, form, author, writing.preview(form, author))
                .getId();
    }

    public static void submit(ApplicationContext context, long postId, StaffUser author) {
        context.getBean(PostWorkflow.class).submit(postId, author);
    }

    /** Approves as an editor who has read and acknowledged every warning the checks find. */
    public static void approve(ApplicationContext context, long postId, StaffUser editor) {
        Post post = context.getBean(PostRepository.class).findById(postId).orElseThrow();
        List<String> warnings = context.getBean(RuleChecks.class)
                .check(context.getBean(PostWriting.class).checkedPost(post)).stream()
                .filter(v -> !v.blocks()).map(PostWorkflow::warningKey).toList();
        context.getBean(PostWorkflow.class).approve(postId, post.getVersion(), null, warnings, null, editor);
    }
}
