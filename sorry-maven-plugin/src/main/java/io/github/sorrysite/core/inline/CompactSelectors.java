package io.github.sorrysite.core.inline;

import java.util.Locale;
import java.util.Set;

/**
 * Shorter selectors that match the same elements:
 * <ul>
 *   <li>the universal selector goes where something else in its compound says what it matches:
 *       {@code *::before} is {@code ::before}, {@code *.a} is {@code .a} (Selectors 4, 5.2); not after
 *       a namespace ({@code svg|*.a}), nor when it stands alone ({@code *}, {@code a>*});</li>
 *   <li>the four pseudo-elements of CSS 2 take the one-colon syntax every browser reads:
 *       {@code ::before} is {@code :before} (Selectors 4, 15);</li>
 *   <li>in {@code @keyframes}, {@code from} is {@code 0%} and {@code 100%} is {@code to}.</li>
 * </ul>
 * Strings and attribute selectors are copied as they are.
 */
final class CompactSelectors {
    private static final Set<String> LEGACY_PSEUDO_ELEMENTS = Set.of("before", "after", "first-line", "first-letter");

    private CompactSelectors() {
    }

    static String keyframe(String selector) {
        return switch (selector.toLowerCase(Locale.ROOT)) {
            case "from" -> "0%";
            case "100%" -> "to";
            default -> selector;
        };
    }

    static String selector(String selector) {
        StringBuilder out = new StringBuilder();
        boolean[] plain = SelectorText.plain(selector);
        for (int i = 0; i < selector.length(); i++) {
            char c = selector.charAt(i);
            if (plain[i] && c == '*' && universalGoes(selector, i)) {
                continue;
            }
            if (plain[i] && c == ':' && i + 1 < selector.length() && selector.charAt(i + 1) == ':'
                    && LEGACY_PSEUDO_ELEMENTS.contains(name(selector, i + 2))) {
                continue; // the first of the two colons
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The {@code *} at {@code i} starts a compound (not after {@code |}) and something follows in it. */
    private static boolean universalGoes(String s, int i) {
        char before = i == 0 ? ' ' : s.charAt(i - 1);
        boolean starts = i == 0 || " >+~,(".indexOf(before) >= 0;
        boolean followed = i + 1 < s.length() && ".#:[".indexOf(s.charAt(i + 1)) >= 0;
        return starts && followed;
    }

    private static String name(String s, int from) {
        int end = from;
        while (end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '-')) {
            end++;
        }
        if (end < s.length() && (s.charAt(end) == '(' || s.charAt(end) == '\\')) {
            return ""; // a functional pseudo-element or an escaped name: not one of the four
        }
        return s.substring(from, end).toLowerCase(Locale.ROOT);
    }
}
