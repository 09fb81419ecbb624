package io.github.sorrysite.core.inline;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.select.Selector;

/**
 * Decides whether a CSS selector can match anything in a page, using jsoup's selector engine.
 *
 * <p>jsoup evaluates the static structure of a page, so a selector is first reduced to what the
 * structure decides: pseudo-elements ({@code ::before}) style their element, and state pseudo-classes
 * ({@code :hover}, {@code :focus-visible}) may match later, so both are dropped and the rule is
 * kept when its element exists. {@code :lang(x)} becomes an attribute test on the element or an
 * ancestor. A selector jsoup cannot evaluate is kept: dropping CSS the page needs would change how
 * it looks, keeping too much only costs bytes.
 */
final class SelectorMatcher {
    private static final Pattern PSEUDO_ELEMENT = Pattern.compile(
            "::[A-Za-z-]+(\\([^)]*\\))?|:(before|after|first-line|first-letter)(?![\\w-])", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATE = Pattern.compile(":(hover|focus|focus-visible|focus-within|active|visited|link"
            + "|any-link|target|target-within|checked|disabled|enabled|invalid|valid|user-invalid|user-valid|required"
            + "|optional|placeholder-shown|default|indeterminate|read-only|read-write|autofill|popover-open|open|modal"
            + "|fullscreen|defined|playing|paused|in-range|out-of-range|scope|-webkit-[a-z-]+|-moz-[a-z-]+)(?![\\w-(])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATED_STATE = Pattern.compile(":not\\([^)]*:", Pattern.CASE_INSENSITIVE);
    private static final Pattern LANG = Pattern.compile(":lang\\(\\s*\"?([A-Za-z0-9-]+)\"?\\s*\\)", Pattern.CASE_INSENSITIVE);

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

    /** The selector with everything removed that the page's static structure cannot decide. */
    static String structural(String selector) {
        String s = selector.strip();
        if (NEGATED_STATE.matcher(s).find()) {
            // a:not(:hover) matches a today; dropping :hover would leave a:not(*), which matches nothing.
            return "*";
        }
        s = replaceKeepingCompound(PSEUDO_ELEMENT.matcher(s));
        s = replaceKeepingCompound(STATE.matcher(s));
        s = s.replaceAll("(?i):where\\(", ":is(");
        Matcher lang = LANG.matcher(s);
        StringBuilder out = new StringBuilder();
        while (lang.find()) {
            String code = lang.group(1).toLowerCase();
            // jsoup has no :lang(); the lang attribute on the element or an ancestor is close enough.
            String test = ":is([lang=" + code + "],[lang^=" + code + "-],[lang=" + code + "] *,[lang^=" + code + "-] *)";
            lang.appendReplacement(out, Matcher.quoteReplacement(needsStar(s, lang.start()) ? "*" + test : test));
        }
        lang.appendTail(out);
        s = out.toString().strip();
        return s.isEmpty() ? "*" : s;
    }

    /** Removes each match; where that would leave a compound selector empty, leaves {@code *} instead. */
    private static String replaceKeepingCompound(Matcher m) {
        StringBuilder out = new StringBuilder();
        String input = m.replaceAll("\u0000");
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c != '\u0000') {
                out.append(c);
                continue;
            }
            int end = i;
            while (end + 1 < input.length() && input.charAt(end + 1) == '\u0000') {
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

    private static boolean needsStar(String s, int at) {
        return at == 0 || " >+~(,".indexOf(s.charAt(at - 1)) >= 0;
    }
}
