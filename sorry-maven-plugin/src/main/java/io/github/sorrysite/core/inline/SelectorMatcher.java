package io.github.sorrysite.core.inline;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.css.CssParser;
import io.github.sorrysite.core.css.CssToken;
import io.github.sorrysite.core.css.CssToken.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.select.Selector;

/**
 * Decides whether a CSS selector can match anything in a page, using jsoup's selector engine
 * (well tested, and it evaluates {@code :is()}, {@code :has()} and the structural pseudo-classes).
 *
 * <p>jsoup sees the page's static structure, so a selector is first widened to what that structure
 * decides, never narrowed: a part that may match later or that jsoup cannot evaluate is taken out
 * of its compound, which can only make it match more. So pseudo-elements ({@code ::before}) style
 * their element; state pseudo-classes ({@code :hover}), {@code :not()} (whatever is inside, since
 * widening inside a negation would narrow it) and pseudo-classes jsoup does not know go;
 * {@code :is()}, {@code :where()} and {@code :has()} keep their arguments, each widened the same
 * way; {@code :lang(x)} becomes a test of the lang attribute on the element or an ancestor; a
 * namespace prefix ({@code svg|rect}) goes, since HTML parsing puts SVG elements in no namespace
 * jsoup can select. What jsoup still refuses is kept: dropping CSS the page needs would change how
 * it looks, keeping too much only costs bytes.
 */
final class SelectorMatcher {
    private static final Set<String> STRUCTURAL = Set.of("first-child", "last-child", "only-child", "first-of-type",
            "last-of-type", "only-of-type", "root",
            // jsoup counts an element with only white space as empty, as Selectors 4 does: never narrower than a browser
            "empty");
    private static final Set<String> NTH = Set.of("nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type");
    private static final Set<String> IS = Set.of("is", "where", "matches", "-webkit-any", "-moz-any");
    private static final Set<String> LEGACY_PSEUDO_ELEMENTS = Set.of("before", "after", "first-line", "first-letter");
    private static final char DROPPED = '\u0000';

    private final Document document;

    SelectorMatcher(Document document) {
        this.document = document;
    }

    /** True when the selector matches an element of the page, or when jsoup cannot tell. */
    boolean matches(String selector) {
        String structural = structural(selector);
        try {
            return document.selectFirst(structural) != null;
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            return true;
        }
    }

    /**
     * A nested rule's selector as a selector of its own (CSS Nesting): {@code &} stands for the
     * parent's selector list, and a selector without {@code &} is relative to it as a descendant
     * (or with the combinator it starts with).
     *
     * @param parents the parent rule's selectors, already resolved; empty at the top level
     */
    static String resolve(String selector, List<String> parents) {
        if (parents.isEmpty()) {
            return hasNestingSelector(selector) ? replaceNesting(selector, "*") : selector;
        }
        String parent = parents.size() == 1 && simpleEnough(parents.get(0)) ? parents.get(0) : ":is(" + String.join(",", parents) + ")";
        if (hasNestingSelector(selector)) {
            return replaceNesting(selector, parent);
        }
        String s = selector.strip();
        return parent + (s.startsWith(">") || s.startsWith("+") || s.startsWith("~") ? "" : " ") + s;
    }

    /** A compound selector (no combinator, no list) can stand for {@code &} without {@code :is()}. */
    private static boolean simpleEnough(String selector) {
        for (CssToken t : tokens(selector)) {
            if (t.is(Type.WHITESPACE) || t.is(Type.COMMA) || t.isDelim('>') || t.isDelim('+') || t.isDelim('~')
                    || t.is(Type.FUNCTION)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasNestingSelector(String selector) {
        return tokens(selector).stream().anyMatch(t -> t.isDelim('&'));
    }

    private static String replaceNesting(String selector, String with) {
        StringBuilder out = new StringBuilder();
        List<CssToken> tokens = tokens(selector);
        for (int i = 0; i < tokens.size(); i++) {
            CssToken t = tokens.get(i);
            if (t.isDelim('&')) {
                // &.a stays one compound: ":is(x,y).a", or "x.a" when x is a compound itself. Before an
                // ident (Sass's &__b, invalid CSS) only ":is(x)__b" keeps it what it is: not ".x__b".
                boolean identNext = i + 1 < tokens.size() && tokens.get(i + 1).is(Type.IDENT);
                out.append(identNext && !with.startsWith(":is(") ? ":is(" + with + ")" : with);
            } else {
                out.append(t.text());
            }
        }
        return out.toString();
    }

    /** The selector with everything removed that the page's static structure cannot decide. */
    static String structural(String selector) {
        List<CssToken> tokens;
        try {
            tokens = tokens(selector);
        } catch (BadInputException e) {
            return "*";
        }
        String widened = widen(tokens, 0, tokens.size());
        String s = fillEmptyCompounds(widened).strip();
        return s.isEmpty() ? "*" : s;
    }

    private static String widen(List<CssToken> t, int from, int to) {
        StringBuilder out = new StringBuilder();
        int bracket = 0;
        int i = from;
        while (i < to) {
            CssToken x = t.get(i);
            if (x.is(Type.LEFT_BRACKET)) {
                bracket++;
            } else if (x.is(Type.RIGHT_BRACKET)) {
                bracket--;
                // [type=a i]: jsoup has no case flags, and compares case-insensitively anyway.
                trimFlag(out);
            }
            if (bracket == 0 && x.is(Type.COLON)) {
                boolean element = i + 1 < to && t.get(i + 1).is(Type.COLON);
                int nameAt = element ? i + 2 : i + 1;
                if (nameAt >= to) {
                    out.append(x.text());
                    i++;
                    continue;
                }
                CssToken name = t.get(nameAt);
                String n = name.value().toLowerCase(Locale.ROOT);
                int after = name.is(Type.FUNCTION) ? end(t, nameAt, to) : nameAt + 1;
                if (element || name.is(Type.IDENT) && LEGACY_PSEUDO_ELEMENTS.contains(n)) {
                    out.append(DROPPED);
                } else if (name.is(Type.IDENT) && STRUCTURAL.contains(n)) {
                    out.append(':').append(n);
                } else if (name.is(Type.FUNCTION) && (IS.contains(n) || n.equals("has"))) {
                    out.append(n.equals("has") ? ":has(" : ":is(").append(arguments(t, nameAt + 1, after - 1)).append(')');
                } else if (name.is(Type.FUNCTION) && NTH.contains(n)
                        && t.subList(nameAt + 1, after - 1).stream().noneMatch(a -> a.isIdent("of"))) {
                    out.append(':').append(n).append('(');
                    t.subList(nameAt + 1, after - 1).forEach(a -> out.append(a.is(Type.WHITESPACE) ? "" : a.text()));
                    out.append(')');
                } else if (name.is(Type.FUNCTION) && n.equals("lang")) {
                    String code = t.subList(nameAt + 1, after - 1).stream().filter(a -> !a.is(Type.WHITESPACE))
                            .map(CssToken::value).findFirst().orElse("").toLowerCase(Locale.ROOT);
                    if (code.matches("[a-z0-9-]+")) {
                        // jsoup has no :lang(): the lang attribute on the element or an ancestor is close enough.
                        out.append(":is([lang=").append(code).append("],[lang^=").append(code).append("-],[lang=")
                                .append(code).append("] *,[lang^=").append(code).append("-] *)");
                    } else {
                        out.append(DROPPED);
                    }
                } else {
                    out.append(DROPPED); // :hover, :not(), :dir(), and whatever jsoup does not know
                }
                i = after;
                continue;
            }
            if (bracket == 0 && x.isDelim('|') && !(i + 1 < to && t.get(i + 1).isDelim('|'))) {
                // svg|rect, *|*, |a: drop the namespace prefix written just before
                int k = out.length();
                while (k > 0 && " >+~(,".indexOf(out.charAt(k - 1)) < 0) {
                    k--;
                }
                String prefix = out.substring(k);
                if (prefix.isEmpty() || prefix.equals("*") || prefix.matches("[A-Za-z_][\\w-]*")) {
                    out.setLength(k);
                }
                i++;
                continue;
            }
            out.append(x.is(Type.WHITESPACE) ? " " : x.text());
            i++;
        }
        return out.toString();
    }

    private static String arguments(List<CssToken> t, int from, int to) {
        List<String> out = new ArrayList<>();
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || t.get(i).is(Type.COMMA)) {
                String one = fillEmptyCompounds(widen(t, start, i)).strip();
                out.add(one.isEmpty() ? "*" : one);
                start = i + 1;
            } else {
                i = end(t, i, to) - 1;
            }
        }
        return String.join(",", out);
    }

    private static void trimFlag(StringBuilder out) {
        String s = out.toString();
        if (s.matches("(?s).*\\s[iIsS]\\s*$")) {
            out.setLength(s.replaceAll("\\s[iIsS]\\s*$", "").length());
        }
    }

    private static int end(List<CssToken> t, int i, int to) {
        CssToken open = t.get(i);
        if (!open.is(Type.FUNCTION) && !open.is(Type.LEFT_PAREN) && !open.is(Type.LEFT_BRACKET)) {
            return i + 1;
        }
        int depth = 0;
        for (int j = i; j < to; j++) {
            CssToken x = t.get(j);
            if (x.is(Type.FUNCTION) || x.is(Type.LEFT_PAREN) || x.is(Type.LEFT_BRACKET)) {
                depth++;
            } else if (x.is(Type.RIGHT_PAREN) || x.is(Type.RIGHT_BRACKET)) {
                depth--;
                if (depth == 0) {
                    return j + 1;
                }
            }
        }
        return to;
    }

    /** Where dropping left a compound empty ({@code :hover}, {@code ::before} alone), {@code *} stands in. */
    private static String fillEmptyCompounds(String input) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c != DROPPED) {
                out.append(c);
                continue;
            }
            int end = i;
            while (end + 1 < input.length() && input.charAt(end + 1) == DROPPED) {
                end++;
            }
            boolean startsCompound = out.isEmpty() || " >+~(,".indexOf(out.charAt(out.length() - 1)) >= 0;
            boolean endsCompound = end + 1 >= input.length() || " >+~),".indexOf(input.charAt(end + 1)) >= 0;
            if (startsCompound && endsCompound) {
                out.append('*');
            }
            i = end;
        }
        return out.toString();
    }

    private static List<CssToken> tokens(String selector) {
        return CssParser.tokens(selector, "selector");
    }
}
