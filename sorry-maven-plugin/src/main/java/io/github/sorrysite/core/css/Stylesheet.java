package io.github.sorrysite.core.css;

/** A parsed stylesheet: its top-level rules in order (see {@link CssParser}). */
public final class Stylesheet extends CssBlock {
}
