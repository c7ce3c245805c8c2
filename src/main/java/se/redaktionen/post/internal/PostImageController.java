package se.redaktionen.post.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import se.redaktionen.organisation.StaffUser;

/**
 * Images on a post: the author adds, describes and removes them while the post can be edited; the
 * author, sender and editors see them. Every image needs alternative text before the post is submitted.
 */
@Controller
@RequestMapping("/posts/{id}/images")
@PreAuthorize("isAuthenticated()")
class PostImageController {

    static final int MAX_IMAGES = 4;
    static final int MAX_ALT_TEXT = 1000;
    /** What the platforms take; the container lets larger files through so that this page can say so. */
    static final long MAX_BYTES = 5L * 1024 * 1024;

    private final PostImageRepository images;
    private final PostWorkflow workflow;
    private final Clock clock;

    PostImageController(PostImageRepository images, PostWorkflow workflow, Clock clock) {
        this.images = images;
        this.workflow = workflow;
        this.clock = clock;
    }

    @PostMapping
    @Transactional
    String add(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
               @RequestParam(defaultValue = "") String altText, @AuthenticationPrincipal StaffUser user,
               RedirectAttributes redirect) throws IOException {
        Post post = changeable(id, user);
        if (!post.getState().editable()) {
            return refuse(id, "post.notEditable", redirect);
        }
        if (images.countByPostId(id) >= MAX_IMAGES) {
            return refuseAdding(id, "post.image.tooMany", altText, redirect);
        }
        if (file == null || file.isEmpty()) {
            return refuseAdding(id, "post.image.missing", altText, redirect);
        }
        if (file.getSize() > MAX_BYTES) {
            return refuseAdding(id, "post.image.tooLarge", altText, redirect);
        }
        if (altText.length() > MAX_ALT_TEXT) {
            return refuseAdding(id, "post.image.altTooLong", altText, redirect);
        }
        byte[] data = file.getBytes();
        Optional<String> type = ImageTypes.detect(data);
        if (type.isEmpty()) {
            return refuseAdding(id, "post.image.notAnImage", altText, redirect);
        }
        images.save(new PostImage(id, fileName(file.getOriginalFilename()), type.get(), data, altText,
                clock.instant()));
        redirect.addFlashAttribute("imageAdded", true);
        return "redirect:/posts/" + id + "#images";
    }

    @GetMapping("/{imageId}")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> show(@PathVariable long id, @PathVariable long imageId,
                                @AuthenticationPrincipal StaffUser user) {
        workflow.readable(id, user);
        PostImage image = ofPost(id, imageId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.getContentType()))
                .cacheControl(CacheControl.noCache().cachePrivate())
                .body(image.getData());
    }

    @PostMapping("/{imageId}/alt")
    @Transactional
    String describe(@PathVariable long id, @PathVariable long imageId, @RequestParam(defaultValue = "") String altText,
                    @AuthenticationPrincipal StaffUser user, RedirectAttributes redirect) {
        Post post = changeable(id, user);
        if (!post.getState().editable()) {
            return refuse(id, "post.notEditable", redirect);
        }
        if (altText.length() > MAX_ALT_TEXT) {
            return refuse(id, "post.image.altTooLong", redirect);
        }
        ofPost(id, imageId).describe(altText);
        redirect.addFlashAttribute("imageDescribed", true);
        return "redirect:/posts/" + id + "#images";
    }

    @PostMapping("/{imageId}/delete")
    @Transactional
    String remove(@PathVariable long id, @PathVariable long imageId, @AuthenticationPrincipal StaffUser user,
                  RedirectAttributes redirect) {
        Post post = changeable(id, user);
        if (!post.getState().editable()) {
            return refuse(id, "post.notEditable", redirect);
        }
        images.delete(ofPost(id, imageId));
        redirect.addFlashAttribute("imageRemoved", true);
        return "redirect:/posts/" + id + "#images";
    }

    private Post changeable(long id, StaffUser user) {
        return workflow.authored(id, user);
    }

    private PostImage ofPost(long postId, long imageId) {
        return images.findById(imageId).filter(i -> i.getPostId() == postId)
                .orElseThrow(PostRepository::notFound);
    }

    /** The name without any path a browser sent along, and short enough to store. */
    static String fileName(String original) {
        String name = original == null ? "" : original.replaceAll(".*[/\\\\]", "").strip();
        if (name.isEmpty()) {
            name = "bild";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    /** A refused upload: the description the author wrote is offered again with the form. */
    private static String refuseAdding(long id, String code, String altText, RedirectAttributes redirect) {
        redirect.addFlashAttribute("imageAltText", altText);
        return refuse(id, code, redirect);
    }

    private static String refuse(long id, String code, RedirectAttributes redirect) {
        redirect.addFlashAttribute("refusal", code);
        return "redirect:/posts/" + id + "#images";
    }
}
