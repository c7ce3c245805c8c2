package se.redaktionen.post.internal;

/**
 * The post list's search form as typed, bound from the address and shown back as typed: every
 * field is text, so nothing anyone puts in the address fails to bind.
 */
public class PostListForm {

    static final String ALL = "all";

    private String q;
    private String scope;
    private String channel;
    private String state;
    private String sender;
    private String from;
    private String to;
    private String page;
    private String size;

    boolean all() {
        return ALL.equalsIgnoreCase(scope == null ? "" : scope.strip());
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getSender() {
        return sender;
    }

    public void setSender(String sender) {
        this.sender = sender;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }
}
