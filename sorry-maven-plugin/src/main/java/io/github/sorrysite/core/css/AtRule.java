package io.github.sorrysite.core.css;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An at-rule. Its block, if it has one, is one of three kinds:
 * <ul>
 *   <li>{@link Kind#RULES}: rules ({@code @media}, {@code @supports}, {@code @layer}, {@code @container},
 *       {@code @scope}, {@code @starting-style}, {@code @document}; {@code @keyframes}, whose rules are keyframes);
 *       nested inside a style rule these also hold declarations (CSS Nesting);</li>
 *   <li>{@link Kind#DECLARATIONS}: declarations and at-rules ({@code @font-face}, {@code @page}, {@code @property},
 *       {@code @counter-style}, {@code @view-transition}, {@code @font-feature-values}...);</li>
 *   <li>{@link Kind#RAW}: an at-rule the plugin does not know: its block is kept as tokens, written back
 *       as they are.</li>
 * </ul>
 * A statement ({@code @import}, {@code @layer a, b;}) is {@link Kind#STATEMENT}.
 */
public final class AtRule extends CssBlock {
    public enum Kind { STATEMENT, RULES, DECLARATIONS, RAW }

    static final Set<String> GROUPS = Set.of("media", "supports", "layer", "container", "scope", "starting-style",
            "document");
    static final Set<String> DECLARATION_BLOCKS = Set.of("font-face", "page", "property", "counter-style",
            "font-palette-values", "view-transition", "position-try", "font-feature-values", "viewport", "color-profile",
            // inside @page and @font-feature-values
            "top-left-corner", "top-left", "top-center", "top-right", "top-right-corner", "bottom-left-corner",
            "bottom-left", "bottom-center", "bottom-right", "bottom-right-corner", "left-top", "left-middle",
            "left-bottom", "right-top", "right-middle", "right-bottom", "stylistic", "historical-forms", "styleset",
            "character-variant", "swash", "ornaments", "annotation");

    private final String name;
    private final List<CssToken> prelude;
    private final Kind kind;
    private final List<CssToken> raw;

    /**
     * @param name as written, without {@code @}
     * @param raw the block's tokens for {@link Kind#RAW}, else empty
     */
    public AtRule(String name, List<CssToken> prelude, Kind kind, List<CssToken> raw) {
        this.name = name;
        this.prelude = new ArrayList<>(prelude);
        this.kind = kind;
        this.raw = new ArrayList<>(raw);
    }

    /** As written, e.g. {@code media}, {@code -webkit-keyframes}. */
    public String name() {
        return name;
    }

    /** Lower-cased without a vendor prefix: {@code keyframes} for {@code @-webkit-keyframes}. */
    public String baseName() {
        return unprefixed(name);
    }

    static String unprefixed(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.startsWith("-")) {
            int dash = n.indexOf('-', 1);
            if (dash > 0) {
                return n.substring(dash + 1);
            }
        }
        return n;
    }

    /** The prelude's tokens (mutable), without leading and trailing white space. */
    public List<CssToken> preludeTokens() {
        return prelude;
    }

    /** The prelude written minified, e.g. {@code (min-width:40em)}. */
    public String prelude() {
        return CssWriter.prelude(prelude);
    }

    public Kind kind() {
        return kind;
    }

    public List<CssToken> raw() {
        return raw;
    }

    public boolean isKeyframes() {
        return baseName().equals("keyframes");
    }
}
