package io.github.sorrysite.core.css;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Something that holds items in order: a stylesheet, a style rule's block (declarations and nested
 * rules), an at-rule's block, or a {@code style} attribute.
 */
public abstract sealed class CssBlock implements CssNode permits Stylesheet, Declarations, StyleRule, AtRule {
    private final List<CssNode> children = new ArrayList<>();

    /** The items, in source order; a mutable list, so reductions can remove from it. */
    public List<CssNode> children() {
        return children;
    }

    public List<Declaration> declarations() {
        return children.stream().filter(Declaration.class::isInstance).map(Declaration.class::cast).toList();
    }

    public boolean isEmpty() {
        return children.isEmpty();
    }

    /** Every declaration here and in nested blocks, depth first, in source order. */
    public void forEachDeclaration(Consumer<Declaration> action) {
        for (CssNode child : children) {
            if (child instanceof Declaration d) {
                action.accept(d);
            } else if (child instanceof CssBlock block) {
                block.forEachDeclaration(action);
            }
        }
    }
}
