package io.github.sorrysite.core.inline;

import io.github.sorrysite.core.css.AtRule;
import io.github.sorrysite.core.css.CssBlock;
import io.github.sorrysite.core.css.CssNode;
import io.github.sorrysite.core.css.CssToken;
import io.github.sorrysite.core.css.StyleRule;
import io.github.sorrysite.core.css.Stylesheet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Drops class names no kept CSS rule uses and gives the others short names ({@code a}, {@code b},
 * ... {@code aa}), the same in the markup and in the stylesheet. The most used class gets the
 * shortest name. Only names in selectors are touched, never text inside attribute selectors or strings.
 */
final class ShortenClasses {
    /** An attribute selector that reads the class names: {@code [class*=icon-]}, {@code [ class ~= "a" i]}. */
    private static final Pattern CLASS_VALUE = Pattern.compile("\\[\\s*(?:[\\w*-]*\\|)?class\\s*[~|^$*]?=", Pattern.CASE_INSENSITIVE);
    /**
     * One that only asks whether there is a class attribute ({@code a:not([class])}, Bootstrap's): names can
     * change, but an element keeps its attribute when none of its classes is used.
     */
    private static final Pattern CLASS_PRESENCE = Pattern.compile("\\[\\s*(?:[\\w*-]*\\|)?class\\s*]", Pattern.CASE_INSENSITIVE);

    private ShortenClasses() {
    }

    static void apply(Stylesheet sheet, Document document) {
        if (CleanForInline.otherStylesheetLinked(document)) {
            return; // its rules may use any class: none may go or change
        }
        boolean[] byValue = {false};
        boolean[] byPresence = {false};
        forEachSelector(sheet, text -> {
            byValue[0] |= CLASS_VALUE.matcher(text).find();
            byPresence[0] |= CLASS_PRESENCE.matcher(text).find();
            return text;
        });
        sheet.forEachDeclaration(d -> byValue[0] |= showsClassNames(d.tokens()));
        if (byValue[0]) {
            return; // [class*=icon-] or content:attr(class) reads the names as text: they must stay exactly as written
        }
        Set<String> used = new TreeSet<>();
        forEachSelector(sheet, text -> {
            rename(text, name -> {
                used.add(name);
                return name;
            });
            return text;
        });
        Map<String, Integer> counts = new HashMap<>();
        for (Element element : document.getAllElements()) {
            if (!element.hasAttr("class")) {
                continue;
            }
            Set<String> kept = new java.util.LinkedHashSet<>();
            for (String name : element.classNames()) {
                if (used.contains(name)) {
                    kept.add(name);
                    counts.merge(name, 1, Integer::sum);
                }
            }
            if (kept.isEmpty() && !byPresence[0]) {
                element.removeAttr("class");
            } else if (kept.isEmpty()) {
                element.attr("class", ""); // a:not([class]) still sees that it has one
            } else {
                element.classNames(kept);
            }
        }
        List<String> byUse = new ArrayList<>(used);
        byUse.sort(Comparator.comparing((String n) -> -counts.getOrDefault(n, 0)).thenComparing(n -> n));
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < byUse.size(); i++) {
            names.put(byUse.get(i), shortName(i));
        }
        for (Element element : document.getAllElements()) {
            if (element.hasAttr("class") && !element.className().isEmpty()) {
                Set<String> renamed = new java.util.LinkedHashSet<>();
                element.classNames().forEach(n -> renamed.add(names.get(n)));
                element.classNames(renamed);
            }
        }
        forEachSelector(sheet, text -> rename(text, names::get));
    }

    /** Whether a value shows the class names as text: {@code content: attr(class)}. */
    private static boolean showsClassNames(List<CssToken> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is(CssToken.Type.FUNCTION) && tokens.get(i).value().equalsIgnoreCase("attr")) {
                int j = i + 1;
                while (j < tokens.size() && tokens.get(j).is(CssToken.Type.WHITESPACE)) {
                    j++;
                }
                if (j < tokens.size() && tokens.get(j).is(CssToken.Type.IDENT) && tokens.get(j).value().equalsIgnoreCase("class")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** a..z, A..Z, then aa, ab, ...: always a valid class name, never starting with a digit. */
    static String shortName(int index) {
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        String tail = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_";
        if (index < letters.length()) {
            return String.valueOf(letters.charAt(index));
        }
        int rest = index - letters.length();
        return shortName(rest / tail.length()) + tail.charAt(rest % tail.length());
    }

    /** Applies {@code rename} to each class name in a selector, skipping strings and attribute selectors. */
    static String rename(String selector, UnaryOperator<String> rename) {
        StringBuilder out = new StringBuilder();
        boolean[] plain = SelectorText.plain(selector);
        int i = 0;
        while (i < selector.length()) {
            char c = selector.charAt(i);
            if (c == '.' && plain[i]) {
                // A class name may hold escapes (Tailwind's .sm\:text-4xl is the class sm:text-4xl).
                StringBuilder name = new StringBuilder();
                int end = i + 1;
                while (end < selector.length()) {
                    char d = selector.charAt(end);
                    if (Character.isLetterOrDigit(d) || d == '-' || d == '_' || d > 127) {
                        name.append(d);
                        end++;
                    } else if (d == '\\' && end + 1 < selector.length()) {
                        int hex = end + 1;
                        while (hex < selector.length() && hex < end + 7 && Character.digit(selector.charAt(hex), 16) >= 0) {
                            hex++;
                        }
                        if (hex > end + 1) {
                            name.appendCodePoint(Integer.parseInt(selector.substring(end + 1, hex), 16));
                            end = hex < selector.length() && selector.charAt(hex) == ' ' ? hex + 1 : hex;
                        } else {
                            name.append(selector.charAt(end + 1));
                            end += 2;
                        }
                    } else {
                        break;
                    }
                }
                if (name.length() > 0 && !Character.isDigit(selector.charAt(i + 1))) {
                    String renamed = rename.apply(name.toString());
                    out.append('.').append(renamed == null ? selector.substring(i + 1, end) : renamed);
                    i = end;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static void forEachSelector(CssBlock container, UnaryOperator<String> change) {
        for (CssNode node : container.children()) {
            if (node instanceof StyleRule rule) {
                rule.selectors().replaceAll(change);
                forEachSelector(rule, change);
            } else if (node instanceof AtRule at && at.kind() == AtRule.Kind.RULES && !at.isKeyframes()) {
                forEachSelector(at, change);
            }
        }
    }
}
