package io.github.sorrysite.core.inline;

/** Where a selector's text is selector syntax, and where it is a string, an attribute selector or an escape. */
final class SelectorText {
    private SelectorText() {
    }

    /**
     * One flag per character: true where it is selector syntax; false inside strings ({@code "..."}),
     * attribute selectors ({@code [...]}, brackets included) and escapes ({@code \.}, both characters).
     */
    static boolean[] plain(String selector) {
        boolean[] plain = new boolean[selector.length()];
        int bracket = 0;
        char quote = 0;
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            if (c == '\\' && i + 1 < selector.length()) {
                i++; // the escaped character goes with it, plain stays false for both
                continue;
            }
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                bracket++;
            } else if (c == ']') {
                bracket = Math.max(0, bracket - 1);
            } else {
                plain[i] = bracket == 0;
            }
        }
        return plain;
    }
}
