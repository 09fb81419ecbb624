package io.github.sorrysite.core.inline;

import com.helger.css.decl.AbstractHasTopLevelRules;
import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSFontFaceRule;
import com.helger.css.decl.CSSKeyframesRule;
import com.helger.css.decl.CSSMediaRule;
import com.helger.css.decl.CSSSelector;
import com.helger.css.decl.CSSStyleRule;
import com.helger.css.decl.CSSSupportsRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.writer.CSSWriterSettings;
import io.github.sorrysite.core.css.CssParser;
import io.github.sorrysite.core.css.MinifyCss;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * Reduces a stylesheet to what one page needs:
 * <ul>
 *   <li>style rules keep only the selectors that match the page ({@link SelectorMatcher});</li>
 *   <li>{@code @media} and {@code @supports} blocks stay when a rule inside them stays;</li>
 *   <li>custom properties stay when a kept {@code var()} uses them (directly or through another one);</li>
 *   <li>{@code @keyframes} stay when a kept {@code animation} names them, {@code @font-face} when a
 *       kept {@code font}/{@code font-family} names the family.</li>
 * </ul>
 * Everything else ({@code @import}, {@code @page}, unknown at-rules) is kept as it is.
 */
public final class ReduceCss {
    private static final CSSWriterSettings VERBATIM = new CSSWriterSettings(false).setRemoveUnnecessaryCode(true);
    private static final Pattern VAR = Pattern.compile("var\\(\\s*(--[A-Za-z0-9_-]+)");

    private ReduceCss() {
    }

    /** Parses {@code css} (already built and minified), reduces it for {@code document}, and writes it minified. */
    public static String reduce(String css, Document document, String where) {
        CascadingStyleSheet sheet = CssParser.parseStylesheet(css, where);
        reduce(sheet, document);
        return MinifyCss.write(sheet);
    }

    /** Reduces {@code sheet} in place. */
    public static void reduce(CascadingStyleSheet sheet, Document document) {
        SelectorMatcher matcher = new SelectorMatcher(document);
        dropUnmatched(sheet, matcher);
        dropUnusedCustomProperties(sheet);
        dropUnusedKeyframesAndFonts(sheet);
    }

    private static void dropUnmatched(AbstractHasTopLevelRules container, SelectorMatcher matcher) {
        for (ICSSTopLevelRule rule : container.getAllRules()) {
            if (rule instanceof CSSStyleRule style) {
                for (CSSSelector selector : style.getAllSelectors()) {
                    if (!matcher.matches(text(selector))) {
                        style.removeSelector(selector);
                    }
                }
                if (!style.hasSelectors() || !style.hasDeclarations()) {
                    container.removeRule(rule);
                }
            } else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule) {
                AbstractHasTopLevelRules inner = (AbstractHasTopLevelRules) rule;
                dropUnmatched(inner, matcher);
                if (!inner.hasRules()) {
                    container.removeRule(rule);
                }
            }
        }
    }

    private static void dropUnusedCustomProperties(CascadingStyleSheet sheet) {
        List<CSSDeclaration> all = new ArrayList<>();
        collectDeclarations(sheet, all);
        Set<String> used = new HashSet<>();
        for (CSSDeclaration d : all) {
            if (!d.getProperty().startsWith("--")) {
                addVars(value(d), used);
            }
        }
        // Custom properties may use each other: follow them until nothing new turns up.
        boolean grew = true;
        while (grew) {
            grew = false;
            for (CSSDeclaration d : all) {
                if (used.contains(d.getProperty())) {
                    int before = used.size();
                    addVars(value(d), used);
                    grew |= used.size() > before;
                }
            }
        }
        removeDeclarations(sheet, d -> d.getProperty().startsWith("--") && !used.contains(d.getProperty()));
    }

    private static void dropUnusedKeyframesAndFonts(CascadingStyleSheet sheet) {
        List<CSSDeclaration> all = new ArrayList<>();
        collectDeclarations(sheet, all);
        StringBuilder animations = new StringBuilder(" ");
        StringBuilder fonts = new StringBuilder(" ");
        for (CSSDeclaration d : all) {
            String property = d.getProperty().toLowerCase(Locale.ROOT);
            if (property.equals("animation") || property.equals("animation-name") || property.startsWith("--")) {
                animations.append(value(d)).append(' ');
            }
            if (property.equals("font") || property.equals("font-family") || property.startsWith("--")) {
                fonts.append(value(d).toLowerCase(Locale.ROOT).replace("\"", "").replace("'", "")).append(',');
            }
        }
        String animationText = animations.toString().replaceAll("[,()]", " ");
        removeRules(sheet, rule -> {
            if (rule instanceof CSSKeyframesRule keyframes) {
                return !animationText.contains(" " + keyframes.getAnimationName() + " ");
            }
            if (rule instanceof CSSFontFaceRule face) {
                CSSDeclaration family = face.getDeclarationOfPropertyName("font-family");
                if (family == null) {
                    return true;
                }
                String name = value(family).toLowerCase(Locale.ROOT).replace("\"", "").replace("'", "").strip();
                return !Pattern.compile("[\\s,/]" + Pattern.quote(name) + "\\s*(,|$)").matcher(fonts).find();
            }
            return false;
        });
    }

    private static void collectDeclarations(AbstractHasTopLevelRules container, List<CSSDeclaration> out) {
        for (ICSSTopLevelRule rule : container.getAllRules()) {
            if (rule instanceof CSSStyleRule style) {
                out.addAll(style.getAllDeclarations());
            } else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule) {
                collectDeclarations((AbstractHasTopLevelRules) rule, out);
            }
        }
    }

    private static void removeDeclarations(AbstractHasTopLevelRules container, java.util.function.Predicate<CSSDeclaration> drop) {
        for (ICSSTopLevelRule rule : container.getAllRules()) {
            if (rule instanceof CSSStyleRule style) {
                for (CSSDeclaration d : style.getAllDeclarations()) {
                    if (drop.test(d)) {
                        style.removeDeclaration(d);
                    }
                }
                if (!style.hasDeclarations()) {
                    container.removeRule(rule);
                }
            } else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule) {
                AbstractHasTopLevelRules inner = (AbstractHasTopLevelRules) rule;
                removeDeclarations(inner, drop);
                if (!inner.hasRules()) {
                    container.removeRule(rule);
                }
            }
        }
    }

    private static void removeRules(AbstractHasTopLevelRules container, java.util.function.Predicate<ICSSTopLevelRule> drop) {
        for (ICSSTopLevelRule rule : container.getAllRules()) {
            if (drop.test(rule)) {
                container.removeRule(rule);
            } else if (rule instanceof CSSMediaRule || rule instanceof CSSSupportsRule) {
                AbstractHasTopLevelRules inner = (AbstractHasTopLevelRules) rule;
                removeRules(inner, drop);
                if (!inner.hasRules()) {
                    container.removeRule(rule);
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

    static String text(CSSSelector selector) {
        return selector.getAsCSSString(VERBATIM, 0).strip();
    }

    static String value(CSSDeclaration declaration) {
        return declaration.getExpression().getAsCSSString(VERBATIM, 0).strip();
    }
}
