package io.github.sorrysite.core.css;

import io.github.sorrysite.core.css.CssToken.Type;
import java.util.List;

/**
 * Writes tokens back with no optional white space. Every token keeps its source text; only white
 * space between tokens changes: a run becomes one space, and the space goes entirely where the
 * context makes it meaningless. Nothing else is rewritten here (values stay as authored), so
 * what the plugin does not understand survives.
 *
 * <p>Where white space can go depends on the context: in a value {@code calc(1px + 2px)} needs its
 * spaces while {@code a , b} does not; in a selector {@code a > b} can lose them but {@code a b}
 * cannot; in a media query {@code (min-width : 40em)} can, {@code and (} cannot ({@code and(} is
 * a function). Where two tokens would merge when written side by side (they were apart only by a
 * comment), the empty comment {@code /**}{@code /} keeps them apart, as CSS Syntax section 9 says.
 */
public final class CssWriter {
    private enum Mode { VALUE, SELECTOR, PRELUDE, RAW }

    private CssWriter() {
    }

    /** A declaration value. */
    public static String value(List<CssToken> tokens) {
        return write(tokens, Mode.VALUE);
    }

    /** One selector of a list (no top-level comma inside). */
    public static String selector(List<CssToken> tokens) {
        return write(tokens, Mode.SELECTOR);
    }

    /** An at-rule prelude: a media query list, a supports condition, layer names, an import. */
    public static String prelude(List<CssToken> tokens) {
        return write(tokens, Mode.PRELUDE);
    }

    /** Tokens of an unknown construct: only runs of white space shrink to one space. */
    public static String raw(List<CssToken> tokens) {
        return write(tokens, Mode.RAW);
    }

    private static String write(List<CssToken> tokens, Mode mode) {
        StringBuilder out = new StringBuilder();
        CssToken prev = null;
        boolean space = false;
        int brackets = 0;
        for (CssToken token : tokens) {
            if (token.is(Type.WHITESPACE)) {
                space = prev != null;
                continue;
            }
            if (prev != null) {
                boolean separate = needsSeparation(prev, token);
                if (space) {
                    if (separate || !(droppable(prev, token, mode) || brackets > 0 && (matcher(prev) || matcher(token)))) {
                        out.append(' ');
                    }
                }
                // Tokens that were side by side in the source are written side by side: the same text
                // tokenizes the same (a comment between them travels in the second token's text).
            }
            out.append(token.text());
            if (token.is(Type.LEFT_BRACKET)) {
                brackets++;
            } else if (token.is(Type.RIGHT_BRACKET) && brackets > 0) {
                brackets--;
            }
            prev = token;
            space = false;
        }
        // A hex escape may end in a space (10px\9 ): nothing after it here, so the space can go.
        if (prev != null && !prev.text().isEmpty() && CssTokenizer.isWhitespace(prev.text().charAt(prev.text().length() - 1))) {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    /** Attribute selector matchers: [a ^= b]. */
    private static boolean matcher(CssToken t) {
        return t.is(Type.DELIM) && "=^$*~|".contains(t.value());
    }

    private static boolean droppable(CssToken a, CssToken b, Mode mode) {
        if (a.is(Type.LEFT_BRACE) || b.is(Type.LEFT_BRACE) || a.is(Type.RIGHT_BRACE) || b.is(Type.RIGHT_BRACE)
                || a.is(Type.SEMICOLON) || b.is(Type.SEMICOLON)) {
            return true; // never meaningful next to a block's braces or a ';', whatever the syntax inside
        }
        if (mode == Mode.RAW) {
            return false;
        }
        if (a.is(Type.COMMA) || b.is(Type.COMMA) || a.is(Type.LEFT_PAREN) || a.is(Type.FUNCTION) || a.is(Type.LEFT_BRACKET)
                || b.is(Type.RIGHT_PAREN) || b.is(Type.RIGHT_BRACKET)) {
            return true;
        }
        return switch (mode) {
            case VALUE -> a.isDelim('/') || b.isDelim('/') || b.isDelim('!') || a.isDelim('!');
            case SELECTOR -> combinator(a) || combinator(b);
            case PRELUDE -> a.is(Type.COLON) || b.is(Type.COLON) || a.isDelim('/') || b.isDelim('/') || range(a) || range(b);
            case RAW -> false;
        };
    }

    private static boolean combinator(CssToken t) {
        return t.isDelim('>') || t.isDelim('+') || t.isDelim('~') || t.isDelim('=');
    }

    private static boolean range(CssToken t) {
        return t.isDelim('<') || t.isDelim('>') || t.isDelim('=');
    }

    /** CSS Syntax section 9: pairs that would tokenize differently if written without anything between them. */
    static boolean needsSeparation(CssToken a, CssToken b) {
        boolean identish = b.is(Type.IDENT) || b.is(Type.FUNCTION) || b.is(Type.URL) || b.is(Type.BAD_URL);
        boolean numeric = b.is(Type.NUMBER) || b.is(Type.PERCENTAGE) || b.is(Type.DIMENSION);
        boolean dash = b.isDelim('-');
        switch (a.type()) {
            case IDENT:
                return identish || dash || numeric || b.is(Type.CDC) || b.is(Type.LEFT_PAREN);
            case AT_KEYWORD, HASH, DIMENSION:
                return identish || dash || numeric || b.is(Type.CDC);
            case NUMBER:
                return identish || numeric || b.isDelim('%');
            case DELIM:
                if (a.isDelim('#') || a.isDelim('-')) {
                    return identish || dash || numeric || a.isDelim('-') && b.is(Type.CDC);
                }
                if (a.isDelim('@')) {
                    return identish || dash || b.is(Type.CDC);
                }
                if (a.isDelim('.') || a.isDelim('+')) {
                    return numeric;
                }
                if (a.isDelim('/')) {
                    return b.isDelim('*');
                }
                return a.isDelim('\\');
            default:
                return false;
        }
    }
}
