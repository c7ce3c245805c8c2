package se.redaktionen.post.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostImageRepository extends JpaRepository<PostImage, Long> {

    /** Without the bytes, which only the image request itself needs. */
    @org.springframework.data.jpa.repository.Query("select new se.redaktionen.post.internal.ImageSummary(i.id, "
            + "i.fileName, i.altText, i.contentType, i.sizeBytes) from PostImage i where i.postId = :postId "
            + "order by i.id")
    List<ImageSummary> summaries(long postId);

    long countByPostId(long postId);
}
