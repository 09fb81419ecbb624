package io.github.sorrysite.core.publish.plan;

/** Why the plan does something to an object. Shown in the plan, the log and publish-plan.json. */
public enum Reason {
    NEW("new"),
    CONTENT_CHANGED("content changed"),
    HEADERS_CHANGED("headers changed"),
    FORCED("forced"),
    STALE("stale");

    private final String label;

    Reason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
