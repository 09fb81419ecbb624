package io.github.sorrysite.core.inline;

import io.github.sorrysite.core.css.AtRule;
import io.github.sorrysite.core.css.CssBlock;
import io.github.sorrysite.core.css.CssNode;
import io.github.sorrysite.core.css.CssParser;
import io.github.sorrysite.core.css.CssWriter;
import io.github.sorrysite.core.css.Declaration;
import io.github.sorrysite.core.css.MinifyCss;
import io.github.sorrysite.core.css.StyleRule;
import io.github.sorrysite.core.css.Stylesheet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reduces a stylesheet to what one page needs:
 * <ul>
 *   <li>style rules keep only the selectors that can match the page ({@link SelectorMatcher}), at the
 *       top level, nested (CSS Nesting) and inside {@code @media}, {@code @supports}, {@code @layer},
 *       {@code @container}, {@code @scope} and {@code @starting-style}; a rule none of whose selectors
 *       can match goes, with everything nested in it;</li>
 *   <li>a block stays when a rule inside it stays; {@code @layer} statements, and named layers even when
 *       emptied (as statements), stay, so the order of layers is the same; nothing is reordered;</li>
 *   <li>custom properties stay when a kept {@code var()} (or a {@code style} attribute of the page) uses
 *       them, directly or through another one; {@code @property} when its property is used;</li>
 *   <li>{@code @keyframes} stay when a kept {@code animation} names them, {@code @font-face} when a
 *       kept {@code font}/{@code font-family} names the family.</li>
 * </ul>
 * Everything else ({@code @import}, {@code @page}, at-rules the plugin does not know) is kept as it is.
 */
public final class ReduceCss {
    private static final Pattern VAR = Pattern.compile("var\\(\\s*(--[A-Za-z0-9_\\-\\u0080-\\uFFFF]+)");

    private ReduceCss() {
    }

    /** Parses {@code css} (already built and minified), reduces it for {@code document}, and writes it minified. */
    public static String reduce(String css, Document document, String where) {
        Stylesheet sheet = CssParser.parseStylesheet(css, where);
        reduce(sheet, document);
        return MinifyCss.write(sheet);
    }

    /** Reduces {@code sheet} in place. */
    public static void reduce(Stylesheet sheet, Document document) {
        SelectorMatcher matcher = new SelectorMatcher(document);
        dropUnmatched(sheet, List.of(), matcher);
        String pageStyles = pageStyles(document);
        dropUnusedCustomProperties(sheet, pageStyles);
        dropUnusedKeyframesAndFonts(sheet, pageStyles);
        prune(sheet);
    }

    private static void dropUnmatched(CssBlock container, List<String> parents, SelectorMatcher matcher) {
        for (CssNode node : List.copyOf(container.children())) {
            if (node instanceof StyleRule rule) {
                List<String> kept = new ArrayList<>();
                List<String> resolved = new ArrayList<>();
                for (String selector : rule.selectors()) {
                    String full = SelectorMatcher.resolve(selector, parents);
                    if (matcher.matches(full)) {
                        kept.add(selector);
                        resolved.add(full);
                    }
                }
                if (kept.isEmpty()) {
                    container.children().remove(rule);
                    continue;
                }
                if (kept.size() < rule.selectors().size() && selectorsMayGo(rule)) {
                    rule.selectors().retainAll(kept);
                } else {
                    resolved = rule.selectors().stream().map(s -> SelectorMatcher.resolve(s, parents)).toList();
                }
                dropUnmatched(rule, resolved, matcher);
            } else if (node instanceof AtRule at && at.kind() == AtRule.Kind.RULES && !at.isKeyframes()) {
                dropUnmatched(at, parents, matcher);
            }
        }
    }

    /**
     * Whether selectors of a list may be taken out one by one. Not when a browser would drop the whole
     * rule for one selector it does not know ({@code ::-moz-range-thumb} in Chromium): taking that one
     * out would make a dropped rule apply. Not when rules are nested in it either: {@code &} stands for
     * {@code :is(list)}, whose specificity is that of its most specific selector, matched or not.
     */
    private static boolean selectorsMayGo(StyleRule rule) {
        boolean nested = rule.children().stream().anyMatch(c -> !(c instanceof Declaration));
        boolean vendor = rule.selectors().stream().anyMatch(s -> s.matches("(?s).*::?-[a-zA-Z].*"));
        return !nested && !vendor;
    }

    /** The page's own style attributes, which may use custom properties, fonts and animations of the sheet. */
    private static String pageStyles(Document document) {
        StringBuilder out = new StringBuilder();
        for (Element e : document.select("[style]")) {
            out.append(e.attr("style")).append(';');
        }
        return out.toString();
    }

    private static void dropUnusedCustomProperties(Stylesheet sheet, String pageStyles) {
        List<Declaration> all = new ArrayList<>();
        sheet.forEachDeclaration(all::add);
        Set<String> used = new HashSet<>();
        addVars(pageStyles, used);
        StringBuilder otherText = new StringBuilder(pageStyles);
        for (Declaration d : all) {
            if (!d.isCustomProperty()) {
                addVars(d.value(), used);
                otherText.append(' ').append(d.value());
            }
        }
        rawText(sheet, otherText);
        addVars(otherText.toString(), used);
        // Custom properties may use each other: follow them until nothing new turns up.
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Declaration d : all) {
                if (d.isCustomProperty() && used.contains(d.property())) {
                    int before = used.size();
                    addVars(d.value(), used);
                    grew |= used.size() > before;
                }
            }
        }
        String text = otherText.toString();
        removeDeclarations(sheet, d -> d.isCustomProperty() && !used.contains(d.property()));
        removeRules(sheet, rule -> rule instanceof AtRule at && at.baseName().equals("property")
                && !used.contains(at.prelude()) && !text.contains(at.prelude()));
    }

    /** Text the plugin keeps without understanding (unknown at-rules, preludes): it may use anything. */
    private static void rawText(CssBlock block, StringBuilder out) {
        for (CssNode node : block.children()) {
            if (node instanceof AtRule at) {
                if (at.kind() == AtRule.Kind.RAW) {
                    out.append(' ').append(at.prelude()).append(' ').append(CssWriter.raw(at.raw()));
                }
                rawText(at, out);
            } else if (node instanceof StyleRule rule) {
                rawText(rule, out);
            }
        }
    }

    private static void dropUnusedKeyframesAndFonts(Stylesheet sheet, String pageStyles) {
        List<Declaration> all = new ArrayList<>();
        styleDeclarations(sheet, all);
        StringBuilder animations = new StringBuilder(" ").append(pageStyles).append(' ');
        StringBuilder fonts = new StringBuilder(" ").append(unquote(pageStyles)).append(',');
        for (Declaration d : all) {
            String property = d.name().toLowerCase(Locale.ROOT);
            if (property.endsWith("animation") || property.endsWith("animation-name") || d.isCustomProperty()) {
                animations.append(d.value()).append(' ');
            }
            if (property.equals("font") || property.equals("font-family") || d.isCustomProperty()) {
                fonts.append(unquote(d.value())).append(',');
            }
        }
        rawText(sheet, animations);
        String animationText = animations.toString().replaceAll("[,():;]", " ");
        removeRules(sheet, rule -> {
            if (!(rule instanceof AtRule at)) {
                return false;
            }
            if (at.isKeyframes()) {
                String name = at.preludeTokens().isEmpty() ? "" : at.preludeTokens().get(0).value();
                return !animationText.contains(" " + name + " ");
            }
            if (at.baseName().equals("font-face")) {
                Declaration family = at.declarations().stream().filter(d -> d.name().equals("font-family")).findFirst().orElse(null);
                if (family == null) {
                    return true;
                }
                String name = unquote(family.value()).strip();
                return !Pattern.compile("[\\s,/:]" + Pattern.quote(name) + "\\s*(,|;|!|$)").matcher(fonts).find();
            }
            return false;
        });
    }

    /** Declarations of style rules and keyframes, not the descriptors of {@code @font-face} and the like. */
    private static void styleDeclarations(CssBlock block, List<Declaration> out) {
        for (CssNode node : block.children()) {
            if (node instanceof Declaration d) {
                out.add(d);
            } else if (node instanceof StyleRule || node instanceof AtRule at && at.kind() == AtRule.Kind.RULES) {
                styleDeclarations((CssBlock) node, out);
            }
        }
    }

    private static String unquote(String value) {
        return value.toLowerCase(Locale.ROOT).replace("\"", "").replace("'", "");
    }

    private static void removeDeclarations(CssBlock container, Predicate<Declaration> drop) {
        container.children().removeIf(node -> node instanceof Declaration d && drop.test(d));
        for (CssNode node : container.children()) {
            if (node instanceof StyleRule || node instanceof AtRule at && at.kind() == AtRule.Kind.RULES && !at.isKeyframes()) {
                removeDeclarations((CssBlock) node, drop);
            }
        }
    }

    private static void removeRules(CssBlock container, Predicate<CssNode> drop) {
        container.children().removeIf(drop);
        for (CssNode node : container.children()) {
            if (node instanceof StyleRule || node instanceof AtRule at && at.kind() == AtRule.Kind.RULES && !at.isKeyframes()) {
                removeRules((CssBlock) node, drop);
            }
        }
    }

    /** Removes style rules and blocks left empty; a named {@code @layer} stays (it orders the layers). */
    private static void prune(CssBlock container) {
        for (CssNode node : List.copyOf(container.children())) {
            if (node instanceof StyleRule rule) {
                prune(rule);
                if (rule.isEmpty()) {
                    container.children().remove(rule);
                }
            } else if (node instanceof AtRule at && at.kind() == AtRule.Kind.RULES && !at.isKeyframes()) {
                prune(at);
                if (at.isEmpty() && !(at.baseName().equals("layer") && !at.prelude().isEmpty())) {
                    container.children().remove(at);
                }
            }
        }
    }

    private static void addVars(String value, Set<String> into) {
        Matcher m = VAR.matcher(value);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

}
