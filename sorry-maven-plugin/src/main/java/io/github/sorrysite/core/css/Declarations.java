package io.github.sorrysite.core.css;

/** The declarations of a {@code style} attribute. */
public final class Declarations extends CssBlock {
}
