package io.github.sorrysite.core.css;

import io.github.sorrysite.core.css.CssToken.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses CSS following CSS Syntax Module Level 3: its tokenizer ({@link CssTokenizer}) and its
 * generic grammar of rules, at-rules, blocks and declarations, with the "block contents" of the
 * current draft that CSS Nesting needs (declarations and nested rules mixed in one block).
 *
 * <h2>Why a parser of our own</h2>
 * The plugin used ph-css 8.1.1 (the newest ph-css). On the CSS designers hand over today it failed:
 * CSS nesting, empty custom properties ({@code --bs-btn-font-family: ;}, 16 of them in stock
 * Bootstrap 5.3), media range syntax ({@code (width >= 600px)}), {@code +}/{@code -} inside
 * {@code clamp()}/{@code min()}/{@code max()} and the {@code \0}/{@code *zoom} hacks. htmlunit-cssparser
 * 5.7.0 handles empty custom properties, but fails on nesting, media ranges, {@code clamp()} with
 * {@code +} and the hacks, and rewrites what it keeps ({@code syntax:'<length>'} loses its quotes).
 * Both are grammars of the CSS they know: whatever is newer is an error, and after an error they
 * skip to the end of the rule, dropping declarations. (The probe over a table of snippets is
 * {@code CssParserTest#modernCss}; the numbers are in the commit that brought this parser.)
 *
 * <p>CSS Syntax is the opposite: it defines how any CSS, known or not, splits into rules and
 * declarations, so a new property, value, at-rule or selector is kept as its tokens and written
 * back as written. Only the few at-rules whose blocks the plugin looks into are known by name
 * ({@link AtRule}); an unknown at-rule keeps its block as tokens. Selectors are kept as text:
 * matching them against a page is jsoup's selector engine's job (see {@code SelectorMatcher}).
 *
 * <h2>Errors</h2>
 * What a browser would drop (a string or comment never closed, a bad {@code url(}, a block never
 * closed, a rule without a block, text that is neither a declaration nor a rule, a stray
 * {@code '}'}) fails the build, naming {@code file:line:column} and the construct, for every such
 * place in the file ({@link CssProblems}).
 */
public final class CssParser {
    private final List<CssToken> t;
    private final CssProblems problems;

    private CssParser(List<CssToken> tokens, CssProblems problems) {
        this.t = tokens;
        this.problems = problems;
    }

    /** Parses a whole stylesheet. {@code where} names the file (or page) in error messages. */
    public static Stylesheet parseStylesheet(String css, String where) {
        CssProblems problems = new CssProblems(where, 0);
        CssParser parser = new CssParser(CssTokenizer.tokenize(css, problems), problems);
        Stylesheet sheet = new Stylesheet();
        parser.ruleList(0, parser.t.size(), sheet, true, false);
        problems.throwIfAny();
        return sheet;
    }

    /**
     * Parses the content of a {@code style} attribute.
     *
     * @param lineOffset added to reported line numbers, so errors point into the enclosing file
     */
    public static Declarations parseDeclarations(String css, String where, int lineOffset) {
        CssProblems problems = new CssProblems(where, lineOffset);
        CssParser parser = new CssParser(CssTokenizer.tokenize(css, problems), problems);
        Declarations list = new Declarations();
        parser.mixed(0, parser.t.size(), list);
        problems.throwIfAny();
        return list;
    }

    /** Tokens of a value or prelude, e.g. a {@code media} attribute, without leading and trailing white space. */
    public static List<CssToken> tokens(String css, String where) {
        CssProblems problems = new CssProblems(where, 0);
        List<CssToken> tokens = trim(CssTokenizer.tokenize(css, problems), 0, -1);
        problems.throwIfAny();
        return tokens;
    }

    // ---- the grammar (CSS Syntax 3, section 5.4, over a token range [from, to)) ----

    private void ruleList(int from, int to, CssBlock into, boolean topLevel, boolean keyframes) {
        int i = from;
        while (i < to) {
            CssToken x = t.get(i);
            switch (x.type()) {
                case WHITESPACE -> i++;
                case CDO, CDC -> {
                    if (!topLevel) {
                        problems.add(x, "'" + x.text() + "' inside a block");
                    }
                    i++;
                }
                case AT_KEYWORD -> i = atRule(i, to, into, false);
                case RIGHT_BRACE -> {
                    problems.add(x, "a '}' with no '{' to close (one '}' too many, or a '{' missing before it)");
                    i++;
                }
                default -> i = qualifiedRule(i, to, into, false, keyframes);
            }
        }
    }

    /** The contents of a style rule's block: declarations, nested style rules and at-rules, in order. */
    private void mixed(int from, int to, CssBlock into) {
        int i = from;
        while (i < to) {
            CssToken x = t.get(i);
            if (x.is(Type.WHITESPACE) || x.is(Type.SEMICOLON)) {
                i++;
            } else if (x.is(Type.AT_KEYWORD)) {
                i = atRule(i, to, into, true);
            } else {
                int next = declaration(i, to, into);
                i = next >= 0 ? next : qualifiedRule(i, to, into, true, false);
            }
        }
    }

    /** Consumes a declaration at i and returns the index after it, or -1 when there is none there. */
    private int declaration(int i, int to, CssBlock into) {
        int k = i;
        String hack = "";
        // Old IE hacks (*zoom: 1): browsers skip them, but they are kept as written, never dropped.
        if (t.get(k).is(Type.DELIM) && "*_$+#".contains(t.get(k).value()) && k + 1 < to && t.get(k + 1).is(Type.IDENT)) {
            hack = t.get(k).text();
            k++;
        }
        if (!t.get(k).is(Type.IDENT)) {
            return -1;
        }
        String property = hack + t.get(k).text();
        boolean custom = hack.isEmpty() && t.get(k).value().startsWith("--");
        k++;
        while (k < to && t.get(k).is(Type.WHITESPACE)) {
            k++;
        }
        if (k >= to || !t.get(k).is(Type.COLON)) {
            return -1;
        }
        int valueStart = k + 1;
        int j = valueStart;
        while (j < to && !t.get(j).is(Type.SEMICOLON)) {
            if (t.get(j).is(Type.LEFT_BRACE) && !custom) {
                return -1; // a:hover{...}: a nested rule, not a declaration
            }
            j = end(j, to);
        }
        List<CssToken> value = trim(t, valueStart, j);
        boolean important = false;
        int n = value.size();
        if (n >= 2 && value.get(n - 1).isIdent("important")) {
            int bang = n - 2;
            while (bang >= 0 && value.get(bang).is(Type.WHITESPACE)) {
                bang--;
            }
            if (bang >= 0 && value.get(bang).isDelim('!')) {
                important = true;
                value = trim(value, 0, bang);
            }
        }
        strayClosers(value);
        into.children().add(new Declaration(property, value, important));
        return j < to ? j + 1 : to;
    }

    private int qualifiedRule(int i, int to, CssBlock into, boolean nested, boolean keyframe) {
        int j = i;
        while (j < to) {
            CssToken x = t.get(j);
            if (x.is(Type.LEFT_BRACE)) {
                int blockEnd = end(j, to);
                int bodyEnd = blockEnd > j + 1 && blockEnd <= to && t.get(blockEnd - 1).is(Type.RIGHT_BRACE) ? blockEnd - 1 : blockEnd;
                List<CssToken> prelude = trim(t, i, j);
                if (prelude.isEmpty()) {
                    problems.add(x, "a rule with no selector before its '{'");
                }
                StyleRule rule = new StyleRule(selectors(prelude, keyframe), t.get(i).line(), t.get(i).column());
                mixed(j + 1, bodyEnd, rule);
                into.children().add(rule);
                return blockEnd;
            }
            if (nested && x.is(Type.SEMICOLON)) {
                problems.add(t.get(i), "'" + shorten(CssWriter.raw(trim(t, i, j))) + "' is neither a declaration"
                        + " (property: value) nor a rule (selector {...})");
                return j + 1;
            }
            j = end(j, to);
        }
        problems.add(t.get(i), "'" + shorten(CssWriter.raw(trim(t, i, to))) + "' has no {...} block"
                + (nested ? " and is not a declaration (property: value)" : ": a rule needs one"));
        return to;
    }

    private List<String> selectors(List<CssToken> prelude, boolean keyframe) {
        List<String> out = new ArrayList<>();
        if (prelude.isEmpty()) {
            return out;
        }
        int start = 0;
        for (int i = 0; i <= prelude.size(); i++) {
            if (i == prelude.size() || prelude.get(i).is(Type.COMMA)) {
                List<CssToken> one = trim(prelude, start, i);
                for (CssToken x : one) {
                    if (x.is(Type.SEMICOLON) || x.is(Type.AT_KEYWORD) || x.is(Type.CDO) || x.is(Type.CDC)
                            || x.is(Type.BAD_STRING) || x.is(Type.BAD_URL)) {
                        problems.add(x, "'" + shorten(CssWriter.raw(prelude)) + "' is not a selector"
                                + (x.is(Type.SEMICOLON) ? " (a declaration outside any rule, or a '}' too many before it?)" : ""));
                        break;
                    }
                }
                strayClosers(one);
                out.add(keyframe ? CssWriter.prelude(one) : CssWriter.selector(one));
                start = i + 1;
            } else {
                i = end(i, prelude.size(), prelude) - 1;
            }
        }
        return out;
    }

    private int atRule(int i, int to, CssBlock into, boolean nestedInStyle) {
        CssToken keyword = t.get(i);
        String name = keyword.value();
        int j = i + 1;
        while (j < to) {
            CssToken x = t.get(j);
            if (x.is(Type.SEMICOLON)) {
                into.children().add(new AtRule(name, checked(trim(t, i + 1, j)), AtRule.Kind.STATEMENT, List.of()));
                return j + 1;
            }
            if (x.is(Type.RIGHT_BRACE) && into instanceof Stylesheet) {
                break;
            }
            if (x.is(Type.LEFT_BRACE)) {
                int blockEnd = end(j, to);
                int bodyEnd = blockEnd > j + 1 && blockEnd <= to && t.get(blockEnd - 1).is(Type.RIGHT_BRACE) ? blockEnd - 1 : blockEnd;
                List<CssToken> prelude = checked(trim(t, i + 1, j));
                String base = AtRule.unprefixed(name);
                AtRule rule;
                if (base.equals("keyframes")) {
                    rule = new AtRule(name, prelude, AtRule.Kind.RULES, List.of());
                    ruleList(j + 1, bodyEnd, rule, false, true);
                } else if (AtRule.GROUPS.contains(base)) {
                    rule = new AtRule(name, prelude, AtRule.Kind.RULES, List.of());
                    if (nestedInStyle) {
                        mixed(j + 1, bodyEnd, rule);
                    } else {
                        ruleList(j + 1, bodyEnd, rule, false, false);
                    }
                } else if (AtRule.DECLARATION_BLOCKS.contains(base)) {
                    rule = new AtRule(name, prelude, AtRule.Kind.DECLARATIONS, List.of());
                    mixed(j + 1, bodyEnd, rule);
                } else {
                    rule = new AtRule(name, prelude, AtRule.Kind.RAW, trim(t, j + 1, bodyEnd));
                }
                into.children().add(rule);
                return blockEnd;
            }
            j = end(j, to);
        }
        // At the end of the input (or of the enclosing block) an at-rule needs no ';'.
        into.children().add(new AtRule(name, checked(trim(t, i + 1, j)), AtRule.Kind.STATEMENT, List.of()));
        return j;
    }

    private List<CssToken> checked(List<CssToken> prelude) {
        strayClosers(prelude);
        return prelude;
    }

    /** A ')' or ']' with nothing to close makes the declaration or rule invalid. */
    private void strayClosers(List<CssToken> tokens) {
        for (int i = 0; i < tokens.size(); i = end(i, tokens.size(), tokens)) {
            CssToken x = tokens.get(i);
            if (x.is(Type.RIGHT_PAREN) || x.is(Type.RIGHT_BRACKET)) {
                problems.add(x, "a '" + x.text() + "' with nothing to close");
            }
        }
    }

    private int end(int i, int to) {
        return end(i, to, t, problems);
    }

    private int end(int i, int to, List<CssToken> tokens) {
        return end(i, to, tokens, null);
    }

    /**
     * The index after the component value at i: a single token, or a whole (), [], {} block or
     * function. A ( or [ still open at a '}' is reported and ends there, so one missing ')' does not
     * swallow the rest of the file and hide the next problem.
     */
    static int end(int i, int to, List<CssToken> tokens, CssProblems problems) {
        CssToken open = tokens.get(i);
        Type closer = switch (open.type()) {
            case LEFT_BRACE -> Type.RIGHT_BRACE;
            case LEFT_PAREN, FUNCTION -> Type.RIGHT_PAREN;
            case LEFT_BRACKET -> Type.RIGHT_BRACKET;
            default -> null;
        };
        if (closer == null) {
            return i + 1;
        }
        int j = i + 1;
        while (j < to) {
            CssToken x = tokens.get(j);
            if (x.type() == closer) {
                return j + 1;
            }
            if (closer != Type.RIGHT_BRACE && x.is(Type.RIGHT_BRACE)) {
                if (problems != null) {
                    problems.add(open, "'" + open.text() + "' is not closed before the '}' at " + x.line() + ":" + x.column()
                            + " (a '" + (closer == Type.RIGHT_PAREN ? ")" : "]") + "' missing)");
                }
                return j;
            }
            j = end(j, to, tokens, problems);
        }
        if (problems != null) {
            problems.add(open, "'" + open.text() + "' is never closed (a '" + (closer == Type.RIGHT_BRACE ? "}"
                    : closer == Type.RIGHT_PAREN ? ")" : "]") + "' missing)");
        }
        return to;
    }

    /** tokens[from, to) without leading and trailing white space; to &lt; 0 means the end. */
    static List<CssToken> trim(List<CssToken> tokens, int from, int to) {
        int end = to < 0 ? tokens.size() : to;
        int start = from;
        while (start < end && tokens.get(start).is(Type.WHITESPACE)) {
            start++;
        }
        while (end > start && tokens.get(end - 1).is(Type.WHITESPACE)) {
            end--;
        }
        return new ArrayList<>(tokens.subList(start, end));
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 59) + "…";
    }
}
