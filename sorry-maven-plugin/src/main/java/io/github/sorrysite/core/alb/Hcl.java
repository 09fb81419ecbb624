package io.github.sorrysite.core.alb;

/** HCL (Terraform) quoted-string escaping. */
public final class Hcl {
    private Hcl() {
    }

    /**
     * Quotes {@code value} as an HCL string literal. Besides the usual backslash escapes, {@code ${}
     * and {@code %{} start interpolation and template directives in HCL, so they become
     * {@code $${} and {@code %%{}: without that a body containing {@code ${x}} would not survive.
     */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char next = i + 1 < value.length() ? value.charAt(i + 1) : 0;
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '$', '%' -> out.append(c).append(next == '{' ? String.valueOf(c) : "");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** Reads back an HCL quoted string (without its quotes); the inverse of {@link #quote}. */
    public static String unquote(String literal) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            if (c == '\\' && i + 1 < literal.length()) {
                char e = literal.charAt(++i);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(literal.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                    case 'U' -> {
                        out.appendCodePoint(Integer.parseInt(literal.substring(i + 1, i + 9), 16));
                        i += 8;
                    }
                    default -> out.append(e);
                }
            } else if ((c == '$' || c == '%') && i + 2 < literal.length() && literal.charAt(i + 1) == c
                    && literal.charAt(i + 2) == '{') {
                out.append(c);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
