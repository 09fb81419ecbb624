package io.github.sorrysite.core.css;

import java.util.ArrayList;
import java.util.List;

/**
 * A qualified rule: a style rule (top level or nested, CSS Nesting), or a keyframe inside
 * {@code @keyframes} (whose "selectors" are {@code from}, {@code 50%}...).
 *
 * <p>Selectors are kept as text, written with no optional white space ({@code a>b,.c:is(.d,.e)}),
 * one entry per top-level comma.
 */
public final class StyleRule extends CssBlock {
    private final List<String> selectors;
    private final int line;
    private final int column;

    public StyleRule(List<String> selectors, int line, int column) {
        this.selectors = new ArrayList<>(selectors);
        this.line = line;
        this.column = column;
    }

    /** The selector list; mutable. */
    public List<String> selectors() {
        return selectors;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
