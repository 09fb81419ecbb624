package io.github.sorrysite.core.inline;

import io.github.sorrysite.core.BadInputException;
import java.util.List;
import java.util.Locale;

/**
 * How the inline variant is made. {@link #AUTO} tries self-contained, cdn-linked and frame in that
 * order; {@link #NONE} makes no inline variant (for sites that are never served by an ALB).
 */
public enum InlineStrategy {
    AUTO("auto"), SELF_CONTAINED("self-contained"), CDN_LINKED("cdn-linked"), FRAME("frame"), NONE("none");

    private final String id;

    InlineStrategy(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The strategies {@code auto} tries, best first. */
    public static List<InlineStrategy> tried() {
        return List.of(SELF_CONTAINED, CDN_LINKED, FRAME);
    }

    public static InlineStrategy parse(String value) {
        String v = value == null || value.isBlank() ? "auto" : value.strip().toLowerCase(Locale.ROOT);
        for (InlineStrategy s : values()) {
            if (s.id.equals(v)) {
                return s;
            }
        }
        throw new BadInputException("sorry.inline.strategy", "'" + value + "' is not a strategy",
                "use auto, self-contained, cdn-linked, frame, or none to make no inline variant");
    }
}
