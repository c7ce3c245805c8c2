package se.redaktionen.platform;

import java.time.Duration;

/**
 * A platform call that did not succeed, classified by what may be done next: {@code RETRY} (the
 * platform surely did not take it), {@code UNCERTAIN} (it may have: reconcile before anything else),
 * {@code PERMANENT} (a person must act first).
 */
public class PlatformFailure extends RuntimeException {

    public enum Kind { RETRY, UNCERTAIN, PERMANENT }

    private final Kind kind;
    private final FailureCode code;
    private final String detail;
    private final Duration retryAfter;
    private final Integer httpStatus;
    private final NetworkTrouble trouble;

    public PlatformFailure(Kind kind, FailureCode code, String detail, Duration retryAfter, Integer httpStatus) {
        this(kind, code, detail, retryAfter, httpStatus, null);
    }

    /** {@code trouble}: what failed on the way when the platform gave no answer; then there is no detail. */
    public PlatformFailure(Kind kind, FailureCode code, String detail, Duration retryAfter, Integer httpStatus,
                    NetworkTrouble trouble) {
        super(code + (httpStatus == null ? "" : " (HTTP " + httpStatus + ")") + (trouble == null ? "" : " " + trouble)
                + (detail == null ? "" : ": " + detail), null, false, false);
        this.kind = kind;
        this.code = code;
        this.detail = detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
        this.retryAfter = retryAfter;
        this.httpStatus = httpStatus;
        this.trouble = trouble;
    }

    public static PlatformFailure permanent(FailureCode code, String detail) {
        return new PlatformFailure(Kind.PERMANENT, code, detail, null, null);
    }

    public Kind kind() {
        return kind;
    }

    public FailureCode code() {
        return code;
    }

    public String detail() {
        return detail;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public Integer httpStatus() {
        return httpStatus;
    }

    public NetworkTrouble trouble() {
        return trouble;
    }

    /** The platform's own words: only an answer it sent has them, never a note of ours. */
    public String platformMessage() {
        return httpStatus == null ? null : detail;
    }
}
