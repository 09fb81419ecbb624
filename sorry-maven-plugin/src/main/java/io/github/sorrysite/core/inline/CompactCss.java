package io.github.sorrysite.core.inline;

import io.github.sorrysite.core.css.AtRule;
import io.github.sorrysite.core.css.CssBlock;
import io.github.sorrysite.core.css.CssNode;
import io.github.sorrysite.core.css.CssToken;
import io.github.sorrysite.core.css.CssToken.Type;
import io.github.sorrysite.core.css.Declaration;
import io.github.sorrysite.core.css.StyleRule;
import java.util.List;
import java.util.Set;

/**
 * Value-level rewrites for the inline body's reduced stylesheet, each one that a browser reads the
 * same way (the full site's stylesheets keep their values as authored):
 * <ul>
 *   <li>a leading zero goes: {@code 0.5rem} is {@code .5rem}, {@code -0.25em} is {@code -.25em};
 *       trailing zeros of a fraction go ({@code .50} is {@code .5}), never the fraction itself
 *       ({@code 1.0} is not an integer, so it stays);</li>
 *   <li>adjacent {@code @media} (or {@code @supports}) blocks with the same condition merge into one:
 *       only adjacent ones, so no rule moves past another and the cascade order stays;</li>
 *   <li>colours in their shortest exact form ({@link ShortColors}), {@code calc()} inside {@code clamp()},
 *       font family quotes and font weights ({@link CompactValues}), selectors ({@link CompactSelectors}).</li>
 * </ul>
 * Custom properties ({@code --x}) keep their values as written apart from numbers: what they hold is
 * only known where a {@code var()} puts it, and {@code @container style(--x: white)} compares them as
 * written. Values with IE's {@code progid:} filters or {@code expression()} are left alone.
 * ({@code !important} loses its space in every stylesheet, see {@link io.github.sorrysite.core.css.CssWriter}.)
 */
final class CompactCss {
    /** Properties whose numbers are not numbers to a reader ({@code U+0025-00FF}). */
    private static final Set<String> LEFT_ALONE = Set.of("unicode-range");

    private CompactCss() {
    }

    static void apply(CssBlock block) {
        mergeAdjacentBlocks(block);
        for (CssNode node : block.children()) {
            if (node instanceof Declaration d && !LEFT_ALONE.contains(d.name())) {
                List<CssToken> tokens = d.tokens();
                tokens.replaceAll(CompactCss::number);
                if (!d.isCustomProperty() && !legacyIe(tokens)) {
                    ShortColors.apply(d.name(), tokens);
                    CompactValues.apply(d.name(), tokens);
                }
            } else if (node instanceof StyleRule rule) {
                rule.selectors().replaceAll(block instanceof AtRule at && at.isKeyframes() ? CompactSelectors::keyframe
                        : CompactSelectors::selector);
                apply(rule);
            } else if (node instanceof AtRule at && at.kind() != AtRule.Kind.RAW) {
                apply((CssBlock) node);
            }
        }
    }

    private static boolean legacyIe(List<CssToken> tokens) {
        return tokens.stream().anyMatch(t -> t.isIdent("progid") || t.is(Type.FUNCTION) && t.value().equalsIgnoreCase("expression"));
    }

    static CssToken number(CssToken t) {
        if (!(t.is(Type.NUMBER) || t.is(Type.PERCENTAGE) || t.is(Type.DIMENSION))) {
            return t;
        }
        String number = t.value();
        String shorter = shorten(number);
        if (shorter.equals(number) || !t.text().startsWith(number)) {
            return t;
        }
        return t.withText(shorter + t.text().substring(number.length()), shorter);
    }

    /** {@code 0.50} to {@code .5}; exponents and integers as they are. */
    static String shorten(String number) {
        if (number.indexOf('e') >= 0 || number.indexOf('E') >= 0 || number.indexOf('.') < 0) {
            return number;
        }
        String sign = number.startsWith("-") || number.startsWith("+") ? number.substring(0, 1) : "";
        String digits = number.substring(sign.length());
        int dot = digits.indexOf('.');
        String whole = digits.substring(0, dot).replaceFirst("^0+", "");
        String fraction = digits.substring(dot + 1).replaceFirst("0+$", "");
        if (fraction.isEmpty()) {
            return number; // 1.0 or 0.0: a number that is not an integer; leave it
        }
        return sign + whole + "." + fraction;
    }

    private static void mergeAdjacentBlocks(CssBlock block) {
        List<CssNode> children = block.children();
        for (int i = children.size() - 1; i > 0; i--) {
            if (children.get(i) instanceof AtRule b && children.get(i - 1) instanceof AtRule a && a.kind() == AtRule.Kind.RULES
                    && b.kind() == AtRule.Kind.RULES && (a.baseName().equals("media") || a.baseName().equals("supports"))
                    && a.name().equalsIgnoreCase(b.name()) && a.prelude().equals(b.prelude())) {
                a.children().addAll(b.children());
                children.remove(i);
            }
        }
    }
}
