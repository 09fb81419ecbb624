package io.github.sorrysite.core.css;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A declaration, {@code property: value !important}. The value is its tokens as written (white
 * space and all, without leading and trailing white space and without {@code !important}), so
 * whatever the plugin does not understand is written back unchanged.
 *
 * @see CssWriter#value(List)
 */
public final class Declaration implements CssNode {
    private final String property;
    private final List<CssToken> value;
    private boolean important;

    public Declaration(String property, List<CssToken> value, boolean important) {
        this.property = property;
        this.value = new ArrayList<>(value);
        this.important = important;
    }

    /** As written; custom properties ({@code --x}) are case-sensitive, so it is not lower-cased. */
    public String property() {
        return property;
    }

    /** The property name lower-cased, except custom properties. */
    public String name() {
        return isCustomProperty() ? property : property.toLowerCase(Locale.ROOT);
    }

    public boolean isCustomProperty() {
        return property.startsWith("--");
    }

    /** The value's tokens; mutable (see {@link CssUrls}). */
    public List<CssToken> tokens() {
        return value;
    }

    /** The value written minified. */
    public String value() {
        return CssWriter.value(value);
    }

    public boolean important() {
        return important;
    }
}
