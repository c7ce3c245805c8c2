package se.redaktionen.response.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import se.redaktionen.response.ResponseKind;

/**
 * A response seen elsewhere and logged by hand, whether typed into the page's form, sent to
 * {@code POST /api/v1/responses} or read from a row of a CSV file. Its limits and checks live here
 * once and {@link ManualResponses} applies them where it is recorded; each way in words a
 * {@link Problem} in its own message keys (a field error, a problem detail, a line of the import report).
 * A constraint's message is the name of its {@link Check}.
 */
record ManualResponse(
        @NotNull(message = "CHANNEL_REQUIRED") Long channelId,
        @Size(max = MAX_FIELD, message = "TOO_LONG") String platformId,
        @NotNull(message = "KIND_REQUIRED") ResponseKind kind,
        @Size(max = MAX_FIELD, message = "TOO_LONG") String authorName,
        @Size(max = MAX_FIELD, message = "TOO_LONG") String authorHandle,
        @NotBlank(message = "TEXT_REQUIRED") @Size(max = MAX_TEXT, message = "TEXT_TOO_LONG") String text,
        @NotNull(message = "RECEIVED_REQUIRED") Instant receivedAt,
        @Positive(message = "POST_UNKNOWN") Long postId,
        Response.Source source) {

    static final int MAX_TEXT = 10_000;
    /** The longest name, handle and platform id. */
    static final int MAX_FIELD = 200;

    /** What may be wrong with a manually logged response. */
    enum Check {
        CHANNEL_REQUIRED, CHANNEL_UNKNOWN, KIND_REQUIRED, TEXT_REQUIRED, TEXT_TOO_LONG, TOO_LONG, RECEIVED_REQUIRED,
        RECEIVED_FUTURE, POST_UNKNOWN, POST_NOT_YOURS
    }

    /** One thing wrong, with the name of the component it concerns. */
    record Problem(String field, Check check) {

        /** The problem a way in reports first, reading the fields in its own {@code order}. */
        static Optional<Problem> first(List<Problem> problems, List<String> order) {
            return problems.stream().min(Comparator.comparingInt((Problem p) -> order.indexOf(p.field()))
                    .thenComparing(Problem::check));
        }
    }
}
