package io.github.sorrysite.core.inline;

import io.github.sorrysite.core.css.AtRule;
import io.github.sorrysite.core.css.CssBlock;
import io.github.sorrysite.core.css.CssNode;
import io.github.sorrysite.core.css.CssToken;
import io.github.sorrysite.core.css.CssToken.Type;
import io.github.sorrysite.core.css.Declaration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Gives {@code @keyframes} short names ({@code progress} becomes {@code a}), in the at-rule and in
 * every {@code animation} and {@code animation-name} that names it, the way {@link ShortenClasses}
 * does for classes. Only when the reduced sheet is the page's only CSS (a stylesheet left linked could
 * define or use the same names), and a name is left as it is when a custom property mentions it
 * ({@code --a: progress} reaches an {@code animation} through {@code var()}, where it cannot be
 * followed), when a {@code style} attribute mentions it, when it or a reference to it is quoted, or
 * when it is one of the {@code animation} shorthand's keywords. A short name is never a word already in
 * use by another {@code @keyframes}, an {@code animation}, a custom property, an unreadable at-rule or a
 * {@code style} attribute.
 */
final class ShortenKeyframes {
    /** What separates identifiers in a style attribute (CSS identifiers are letters, digits, -, _ and non-ASCII). */
    private static final Pattern WORD = Pattern.compile("[^-_a-zA-Z0-9\\u0080-\\uFFFF]+");
    /** The animation shorthand's keywords (CSS Animations 1) and the CSS-wide ones. */
    private static final Set<String> ANIMATION_KEYWORDS = Set.of("ease", "ease-in", "ease-out", "ease-in-out", "linear",
            "step-start", "step-end", "infinite", "normal", "reverse", "alternate", "alternate-reverse", "none", "forwards",
            "backwards", "both", "running", "paused", "initial", "inherit", "unset", "revert", "revert-layer", "default");

    private ShortenKeyframes() {
    }

    static void apply(CssBlock sheet, Document document) {
        if (CleanForInline.otherStylesheetLinked(document)) {
            return; // another stylesheet shares the names
        }
        Set<String> names = new LinkedHashSet<>();
        Set<String> taken = new HashSet<>();
        forEachKeyframes(sheet, at -> {
            String name = name(at);
            if (name != null) {
                names.add(name);
            }
            at.preludeTokens().forEach(t -> taken.add(t.value()));
        });
        sheet.forEachDeclaration(d -> {
            if (d.isCustomProperty()) {
                d.tokens().forEach(t -> names.remove(t.value()));
                d.tokens().forEach(t -> taken.add(t.value())); // may reach an animation through var()
            } else if (isAnimation(d)) {
                d.tokens().forEach(t -> taken.add(t.value()));
                // A keyframes name may be written as a string ("progress"): that reference pins the name.
                d.tokens().stream().filter(t -> t.is(Type.STRING)).forEach(t -> names.remove(t.value()));
            }
        });
        forEachRaw(sheet, raw -> raw.forEach(t -> {
            names.remove(t.value()); // an at-rule the plugin cannot read
            taken.add(t.value());
        }));
        for (Element element : document.select("[style]")) {
            for (String word : WORD.split(element.attr("style"))) {
                names.remove(word);
                taken.add(word); // a short name must not start animating an element that named no @keyframes
            }
        }
        // In the animation shorthand these read as its other values, not as a name: renaming would change which is which.
        names.removeAll(ANIMATION_KEYWORDS);
        Map<String, String> renamed = new HashMap<>();
        int next = 0;
        for (String name : names) {
            if (name.length() == 1) {
                continue; // as short as it gets
            }
            String shorter = ShortenClasses.shortName(next++);
            while (taken.contains(shorter)) {
                shorter = ShortenClasses.shortName(next++); // never a name in use elsewhere
            }
            if (shorter.length() < name.length()) {
                renamed.put(name, shorter);
            }
        }
        if (renamed.isEmpty()) {
            return;
        }
        forEachKeyframes(sheet, at -> {
            String name = name(at);
            if (renamed.containsKey(name)) {
                at.preludeTokens().set(0, ident(at.preludeTokens().get(0), renamed.get(name)));
            }
        });
        sheet.forEachDeclaration(d -> {
            if (isAnimation(d)) {
                List<CssToken> tokens = d.tokens();
                for (int i = 0; i < tokens.size(); i++) {
                    CssToken t = tokens.get(i);
                    if (t.is(Type.IDENT) && t.text().equals(t.value()) && renamed.containsKey(t.value())) {
                        tokens.set(i, ident(t, renamed.get(t.value())));
                    }
                }
            }
        });
    }

    private static boolean isAnimation(Declaration d) {
        return d.name().matches("(-webkit-|-moz-|-o-)?animation(-name)?");
    }

    /** The name of an {@code @keyframes} given as a plain identifier, else null. */
    private static String name(AtRule at) {
        List<CssToken> prelude = at.preludeTokens();
        return prelude.size() == 1 && prelude.get(0).is(Type.IDENT) && prelude.get(0).text().equals(prelude.get(0).value())
                ? prelude.get(0).value() : null;
    }

    private static CssToken ident(CssToken at, String name) {
        return new CssToken(Type.IDENT, name, name, "", at.line(), at.column());
    }

    private static void forEachRaw(CssBlock block, Consumer<List<CssToken>> action) {
        for (CssNode node : block.children()) {
            if (node instanceof AtRule at && at.kind() == AtRule.Kind.RAW) {
                action.accept(at.raw());
            } else if (node instanceof CssBlock inner) {
                forEachRaw(inner, action);
            }
        }
    }

    private static void forEachKeyframes(CssBlock block, Consumer<AtRule> action) {
        for (CssNode node : block.children()) {
            if (node instanceof AtRule at && at.isKeyframes()) {
                action.accept(at);
            } else if (node instanceof CssBlock inner) {
                forEachKeyframes(inner, action);
            }
        }
    }
}
