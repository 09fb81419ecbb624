package io.github.sorrysite.core.inline;

import io.github.sorrysite.core.css.CssToken;
import io.github.sorrysite.core.css.CssToken.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rewrites of a declaration value that mean the same to every browser:
 * <ul>
 *   <li>a {@code calc()} that is a whole argument of {@code min()}, {@code max()} or {@code clamp()}
 *       loses its {@code calc}: each argument there is already a calculation (CSS Values 4, 10.1),
 *       so {@code clamp(1rem,calc(1rem + 4vw),3rem)} is {@code clamp(1rem,1rem + 4vw,3rem)};</li>
 *   <li>a quoted font family name loses its quotes when it is a run of plain identifiers none of
 *       which is a keyword ({@code "Segoe UI"} is {@code Segoe UI}; {@code "serif"}, {@code "Font  2"},
 *       {@code "1 Font"} stay quoted): in {@code font-family}, and in the {@code font} shorthand after
 *       the first comma (before it the size and style keywords come first);</li>
 *   <li>{@code font-weight: normal} is {@code 400}, {@code bold} is {@code 700} (CSS Fonts 4, 2.2);</li>
 *   <li>the {@code font} shorthand loses a leading {@code normal} or {@code 400}: what it leaves out is set
 *       to {@code normal} anyway (CSS Fonts 4, 2.8), so {@code font:400 1rem/1.6 serif} is
 *       {@code font:1rem/1.6 serif}; not with a {@code var()} in the value, whose text could bring a
 *       second weight.</li>
 * </ul>
 */
final class CompactValues {
    private static final Set<String> MATH = Set.of("min", "max", "clamp");
    /** CSS-wide keywords, generic families and reserved words: a family with such a name must stay a string. */
    private static final Set<String> FONT_KEYWORDS = Set.of("inherit", "initial", "unset", "revert", "revert-layer", "default",
            "serif", "sans-serif", "cursive", "fantasy", "monospace", "system-ui", "emoji", "math", "fangsong", "ui-serif",
            "ui-sans-serif", "ui-monospace", "ui-rounded", "none", "normal");

    private CompactValues() {
    }

    static void apply(String property, List<CssToken> tokens) {
        unwrapCalc(tokens);
        if (property.equals("font-family") || property.equals("font")) {
            unquoteFamilies(tokens, property.equals("font"));
        }
        if (property.equals("font")) {
            dropLeadingNormal(tokens);
        }
        if (property.equals("font-weight") && tokens.size() == 1 && tokens.get(0).is(Type.IDENT)
                && tokens.get(0).text().equals(tokens.get(0).value())) {
            String weight = switch (tokens.get(0).value().toLowerCase(Locale.ROOT)) {
                case "normal" -> "400";
                case "bold" -> "700";
                default -> null;
            };
            if (weight != null) {
                CssToken t = tokens.get(0);
                tokens.set(0, new CssToken(Type.NUMBER, weight, weight, "", t.line(), t.column()));
            }
        }
    }

    private static void dropLeadingNormal(List<CssToken> tokens) {
        if (tokens.size() < 5 || tokens.stream().anyMatch(t -> t.is(Type.FUNCTION) && t.value().equalsIgnoreCase("var"))) {
            return;
        }
        CssToken first = tokens.get(0);
        boolean normal = first.text().equals(first.value()) && (first.is(Type.NUMBER) && first.value().equals("400")
                || first.is(Type.IDENT) && first.value().equalsIgnoreCase("normal"));
        // then white space, then the rest: at least a size and a family (or more keywords before them)
        if (normal && tokens.get(1).is(Type.WHITESPACE) && !tokens.get(2).is(Type.COMMA)) {
            tokens.subList(0, 2).clear();
        }
    }

    /** The index of the token closing the function or block opened at {@code open}, or -1. */
    static int close(List<CssToken> tokens, int open) {
        int depth = 0;
        for (int i = open; i < tokens.size(); i++) {
            CssToken t = tokens.get(i);
            if (t.is(Type.FUNCTION) || t.is(Type.LEFT_PAREN)) {
                depth++;
            } else if (t.is(Type.RIGHT_PAREN) && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    static void unwrapCalc(List<CssToken> tokens) {
        Deque<String> functions = new ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            CssToken t = tokens.get(i);
            if (t.is(Type.FUNCTION) || t.is(Type.LEFT_PAREN)) {
                String name = t.is(Type.FUNCTION) ? t.value().toLowerCase(Locale.ROOT) : "";
                if (name.equals("calc") && t.text().equals(t.value() + "(") && !functions.isEmpty()
                        && MATH.contains(functions.peek())) {
                    int close = close(tokens, i);
                    CssToken before = previous(tokens, i);
                    CssToken after = close < 0 ? null : next(tokens, close);
                    if (close > 0 && tokens.get(close).text().equals(")")
                            && (before.is(Type.COMMA) || before.is(Type.FUNCTION)) && after != null
                            && (after.is(Type.COMMA) || after.is(Type.RIGHT_PAREN))) {
                        tokens.remove(close);
                        tokens.remove(i);
                        i--;
                        continue;
                    }
                }
                functions.push(name);
            } else if (t.is(Type.RIGHT_PAREN) && !functions.isEmpty()) {
                functions.pop();
            }
        }
    }

    private static CssToken previous(List<CssToken> tokens, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!tokens.get(j).is(Type.WHITESPACE)) {
                return tokens.get(j);
            }
        }
        return tokens.get(i);
    }

    private static CssToken next(List<CssToken> tokens, int i) {
        for (int j = i + 1; j < tokens.size(); j++) {
            if (!tokens.get(j).is(Type.WHITESPACE)) {
                return tokens.get(j);
            }
        }
        return null;
    }

    private static void unquoteFamilies(List<CssToken> tokens, boolean shorthand) {
        boolean afterComma = false;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            CssToken t = tokens.get(i);
            if (t.is(Type.FUNCTION) || t.is(Type.LEFT_PAREN)) {
                depth++;
            } else if (t.is(Type.RIGHT_PAREN)) {
                depth--;
            } else if (depth == 0 && t.is(Type.COMMA)) {
                afterComma = true;
            } else if (depth == 0 && t.is(Type.STRING) && (afterComma || !shorthand) && plainString(t)
                    && startsFamily(tokens, i) && endsFamily(tokens, i)) {
                String name = t.value();
                if (unquotable(name)) {
                    tokens.set(i, new CssToken(Type.IDENT, name, name, "", t.line(), t.column()));
                }
            }
        }
    }

    /** The string is a whole family: after the start or a comma, before a comma or the end. */
    private static boolean startsFamily(List<CssToken> tokens, int i) {
        CssToken before = previous(tokens, i);
        return before == tokens.get(i) || before.is(Type.COMMA);
    }

    private static boolean endsFamily(List<CssToken> tokens, int i) {
        CssToken after = next(tokens, i);
        return after == null || after.is(Type.COMMA);
    }

    private static boolean plainString(CssToken t) {
        String text = t.text();
        return text.length() == t.value().length() + 2 && text.substring(1, text.length() - 1).equals(t.value())
                && text.indexOf('\\') < 0;
    }

    /** Words of letters, digits, - and _, none a keyword, one space apart, the first starting with a letter. */
    static boolean unquotable(String name) {
        if (name.isEmpty() || !name.equals(name.strip()) || name.contains("  ")) {
            return false;
        }
        for (String word : name.split(" ")) {
            if (!word.matches("[A-Za-z_][A-Za-z0-9_-]*") || FONT_KEYWORDS.contains(word.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
