package se.redaktionen;

/**
 * An action the application will not do, and why. Its {@link Kind} says what the refusal means — web
 * turns it into the HTTP status of a problem for the API and into an error page or a message for the
 * pages, in one place — and its message key with arguments says it in the reader's language. Nothing was
 * changed. A refusal without a key is told in the words of its kind's status.
 */
public class Refused extends RuntimeException {

    public enum Kind {
        /** The request cannot be read: a field missing or unreadable, a filter that makes no sense (400). */
        INVALID,
        /** The request is readable, but the rules do not accept what it asks for (422). */
        UNACCEPTABLE,
        /** There is no such thing, or the caller may not know that there is (404). */
        NOT_FOUND,
        /** The caller's role or relation to the thing does not allow this (403). */
        FORBIDDEN,
        /** The thing is no longer in a state that allows this: someone or something acted first (409). */
        CONFLICT
    }

    private final Kind kind;
    private final String messageKey;
    private final transient Object[] arguments;

    protected Refused(Kind kind, String messageKey, Object... arguments) {
        super(messageKey == null ? kind.name() : messageKey);
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public static Refused invalid(String messageKey, Object... arguments) {
        return new Refused(Kind.INVALID, messageKey, arguments);
    }

    public static Refused unacceptable(String messageKey, Object... arguments) {
        return new Refused(Kind.UNACCEPTABLE, messageKey, arguments);
    }

    /** Nothing by that id, told in the words of the status: the caller learns no more than that. */
    public static Refused notFound() {
        return new Refused(Kind.NOT_FOUND, null);
    }

    public static Refused notFound(String messageKey, Object... arguments) {
        return new Refused(Kind.NOT_FOUND, messageKey, arguments);
    }

    public static Refused forbidden(String messageKey, Object... arguments) {
        return new Refused(Kind.FORBIDDEN, messageKey, arguments);
    }

    public static Refused conflict(String messageKey, Object... arguments) {
        return new Refused(Kind.CONFLICT, messageKey, arguments);
    }

    public Kind getKind() {
        return kind;
    }

    public boolean is(Kind other) {
        return kind == other;
    }

    /** The message key saying why, or null when the kind's own words say it. */
    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments;
    }
}
