package io.github.sorrysite.core.css;

/** An item of a parsed stylesheet: a {@link Declaration}, a {@link StyleRule} or an {@link AtRule}. */
public sealed interface CssNode permits Declaration, CssBlock {
}
