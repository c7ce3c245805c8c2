package se.redaktionen.event;

/** What sort of event it is; the event figures compare which kinds get the most dialogue. */
public enum EventKind {
    AUTHOR_VISIT, DISCUSSION_EVENING, BOOK_FAIR, CHILDREN, OTHER
}
