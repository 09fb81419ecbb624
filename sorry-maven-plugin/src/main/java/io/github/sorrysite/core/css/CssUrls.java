package io.github.sorrysite.core.css;

import io.github.sorrysite.core.css.CssToken.Type;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Rewrites every URL a stylesheet references: {@code url()} in any declaration (including
 * {@code @font-face src}, nested rules and at-rules the plugin does not know), the strings of
 * {@code image-set()}, and {@code @import}. Works on tokens, never on the raw text, so other
 * strings and comments are left alone. {@code @namespace} URLs name a namespace, not a resource,
 * and are not touched.
 */
public final class CssUrls {
    private CssUrls() {
    }

    /**
     * Applies {@code rewrite} to each URL of stylesheet text ({@code <style>} content).
     *
     * @param where names the page in error messages
     * @return the rewritten, minified stylesheet, or null when no URL changed (the text stays as it is)
     */
    public static String rewriteStylesheet(String css, UnaryOperator<String> rewrite, String where) {
        Stylesheet sheet = CssParser.parseStylesheet(css, where);
        return rewrite(sheet, rewrite) ? MinifyCss.write(sheet) : null;
    }

    /** The same for declaration text ({@code style} attribute content). */
    public static String rewriteDeclarations(String css, UnaryOperator<String> rewrite, String where) {
        Declarations declarations = CssParser.parseDeclarations(css, where, 0);
        return rewrite(declarations, rewrite) ? MinifyCss.write(declarations) : null;
    }

    /** One URL of a stylesheet, with where it stands. */
    @FunctionalInterface
    public interface UrlUse {
        /**
         * @param property the declaration the URL is in ({@code src}, {@code mask-image}, ...), or null for {@code @import}
         * @param inFontFace whether the declaration is directly in an {@code @font-face} rule
         */
        void found(String url, String property, boolean inFontFace);
    }

    /**
     * Every URL of the declarations and {@code @import} rules of {@code block}, nested rules included,
     * with the property it is in: for callers that care which URLs are fonts, masks or stylesheets.
     */
    public static void forEachUrl(CssBlock block, UrlUse use) {
        forEachUrl(block, false, use);
    }

    private static void forEachUrl(CssBlock block, boolean fontFace, UrlUse use) {
        for (CssNode node : block.children()) {
            if (node instanceof Declaration d) {
                Declarations one = new Declarations();
                one.children().add(d);
                rewrite(one, url -> {
                    use.found(url, d.name(), fontFace);
                    return url;
                });
            } else if (node instanceof AtRule at && at.baseName().equals("import")) {
                Stylesheet one = new Stylesheet();
                one.children().add(at);
                rewrite(one, url -> {
                    use.found(url, null, false);
                    return url;
                });
            } else if (node instanceof CssBlock inner) {
                forEachUrl(inner, inner instanceof AtRule at && at.baseName().equals("font-face"), use);
            }
        }
    }

    /** Applies {@code rewrite} to each URL; returns true when any URL changed. */
    public static boolean rewrite(CssBlock block, UnaryOperator<String> rewrite) {
        boolean changed = false;
        for (CssNode node : block.children()) {
            if (node instanceof Declaration d) {
                changed |= tokens(d.tokens(), rewrite, false);
            } else if (node instanceof AtRule at) {
                String base = at.baseName();
                if (base.equals("import")) {
                    changed |= tokens(at.preludeTokens(), rewrite, true);
                } else if (!base.equals("namespace")) {
                    changed |= tokens(at.raw(), rewrite, false);
                    changed |= rewrite(at, rewrite);
                }
            } else if (node instanceof CssBlock inner) {
                changed |= rewrite(inner, rewrite);
            }
        }
        return changed;
    }

    /** @param firstString whether a bare string is a URL ({@code @import "x.css"}) */
    private static boolean tokens(List<CssToken> tokens, UnaryOperator<String> rewrite, boolean firstString) {
        boolean changed = false;
        int imageSetDepth = -1;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            CssToken x = tokens.get(i);
            if (x.is(Type.URL)) {
                String after = rewrite.apply(x.value());
                if (!after.equals(x.value())) {
                    tokens.set(i, x.withText("url(" + urlText(after) + ")", after));
                    changed = true;
                }
            } else if (x.is(Type.STRING) && (firstString && i == 0 || imageSetDepth >= 0 && depth == imageSetDepth + 1
                    || i > 0 && tokens.get(i - 1).is(Type.FUNCTION) && tokens.get(i - 1).value().equalsIgnoreCase("url"))) {
                String after = rewrite.apply(x.value());
                if (!after.equals(x.value())) {
                    boolean inUrl = i > 0 && tokens.get(i - 1).is(Type.FUNCTION) && i + 1 < tokens.size()
                            && tokens.get(i + 1).is(Type.RIGHT_PAREN);
                    if (inUrl && urlText(after).equals(after)) {
                        // url("x") becomes url(x), one token, as if written so
                        CssToken function = tokens.get(i - 1);
                        tokens.subList(i - 1, i + 2).clear();
                        tokens.add(i - 1, new CssToken(Type.URL, "url(" + after + ")", after, "", function.line(), function.column()));
                        i--;
                    } else {
                        tokens.set(i, x.withText(stringText(after), after));
                    }
                    changed = true;
                }
            } else if (x.is(Type.FUNCTION) || x.is(Type.LEFT_PAREN) || x.is(Type.LEFT_BRACKET) || x.is(Type.LEFT_BRACE)) {
                if (x.is(Type.FUNCTION) && x.value().toLowerCase(Locale.ROOT).endsWith("image-set") && imageSetDepth < 0) {
                    imageSetDepth = depth;
                }
                depth++;
            } else if (x.is(Type.RIGHT_PAREN) || x.is(Type.RIGHT_BRACKET) || x.is(Type.RIGHT_BRACE)) {
                depth--;
                if (depth == imageSetDepth) {
                    imageSetDepth = -1;
                }
            }
        }
        return changed;
    }

    /** A URL written unquoted when it can be, else as a string. */
    static String urlText(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= ' ' || c == '"' || c == '\'' || c == '(' || c == ')' || c == '\\' || c == 0x7F) {
                return stringText(url);
            }
        }
        return url;
    }

    static String stringText(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n' || c == '\r' || c == '\f' || c < 0x20) {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
