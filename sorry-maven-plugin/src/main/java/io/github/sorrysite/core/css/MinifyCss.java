package io.github.sorrysite.core.css;

/**
 * Writes a parsed stylesheet with no optional white space: comments go, empty rules and blocks go,
 * and every selector, value and prelude is written by {@link CssWriter}, which keeps each token as
 * authored. So {@code 0s} stays a time, {@code --gap: 0px} keeps its unit, {@code calc()} keeps
 * the spaces around {@code +} and {@code -}, and what the plugin does not know is written back as
 * it came.
 */
public final class MinifyCss {
    private MinifyCss() {
    }

    /** Parses and minifies {@code css}; {@code where} names the source in error messages. */
    public static String minify(String css, String where) {
        return write(CssParser.parseStylesheet(css, where));
    }

    public static String write(Stylesheet sheet) {
        StringBuilder out = new StringBuilder();
        items(sheet, out);
        return out.toString();
    }

    /** A declaration list as it goes into a {@code style} attribute: {@code a:b;c:d}. */
    public static String write(Declarations declarations) {
        StringBuilder out = new StringBuilder();
        items(declarations, out);
        return out.toString();
    }

    /** One rule or declaration on its own. */
    public static String write(CssNode node) {
        StringBuilder out = new StringBuilder();
        node(node, out);
        return out.toString();
    }

    private static void items(CssBlock block, StringBuilder out) {
        boolean afterDeclaration = false;
        for (CssNode child : block.children()) {
            int before = out.length();
            if (afterDeclaration) {
                out.append(';');
            }
            int mark = out.length();
            node(child, out);
            if (out.length() == mark) {
                out.setLength(before); // wrote nothing (an empty rule): no separator either
                continue;
            }
            afterDeclaration = child instanceof Declaration;
        }
    }

    private static void node(CssNode node, StringBuilder out) {
        if (node instanceof Declaration d) {
            out.append(d.property()).append(':');
            String value = d.value();
            // --x: ; is a valid empty custom property; --x:; is refused by older browsers.
            out.append(value.isEmpty() && d.isCustomProperty() ? " " : value);
            if (d.important()) {
                out.append("!important");
            }
        } else if (node instanceof StyleRule rule) {
            if (rule.isEmpty() || rule.selectors().isEmpty()) {
                return;
            }
            out.append(String.join(",", rule.selectors())).append('{');
            items(rule, out);
            out.append('}');
        } else if (node instanceof AtRule at) {
            String prelude = at.prelude();
            String head = "@" + at.name() + (prelude.isEmpty() ? "" : " " + prelude);
            switch (at.kind()) {
                case STATEMENT -> out.append(head).append(';');
                case RAW -> out.append(head).append('{').append(CssWriter.raw(at.raw())).append('}');
                case RULES, DECLARATIONS -> {
                    StringBuilder body = new StringBuilder();
                    items(at, body);
                    if (body.length() > 0) {
                        out.append(head).append('{').append(body).append('}');
                    } else if (at.baseName().equals("layer") && !prelude.isEmpty()) {
                        // An empty named layer still orders the layers: the statement form does the same, shorter.
                        out.append(head).append(';');
                    }
                }
            }
        }
    }
}
