package se.redaktionen.platform;

/** Reading a channel's responses failed; {@code code} names why (the publication.error.* keys). */
public class InboundFailure extends RuntimeException {

    private final String code;
    private final String detail;

    public InboundFailure(String code, String detail) {
        super(code + (detail == null ? "" : ": " + detail));
        this.code = code;
        this.detail = detail;
    }

    public String getCode() {
        return code;
    }

    public String getDetail() {
        return detail;
    }
}
