package io.github.sorrysite.core.css;

import com.helger.css.ICSSWriteable;
import com.helger.css.decl.AbstractHasTopLevelRules;
import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSDeclarationList;
import com.helger.css.decl.CSSFontFaceRule;
import com.helger.css.decl.CSSKeyframesBlock;
import com.helger.css.decl.CSSKeyframesRule;
import com.helger.css.decl.CSSLayerRule;
import com.helger.css.decl.CSSMediaRule;
import com.helger.css.decl.CSSStyleRule;
import com.helger.css.decl.CSSSupportsRule;
import com.helger.css.decl.CSSViewportRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.writer.CSSWriterSettings;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes a parsed stylesheet with no optional whitespace.
 *
 * <p>Why not ph-css's own "optimized output": it also rewrites values, and gets some wrong
 * ({@code 0s} becomes {@code 0}, which invalidates a transition; {@code --gap: 0px} becomes
 * {@code 0}, which breaks {@code calc(var(--gap))}). So the structure (braces, separators) is
 * written here, and every leaf (selector, declaration, media query) is written by ph-css in its
 * verbatim mode, which keeps values exactly as authored, including the spaces {@code calc()} needs.
 */
public final class MinifyCss {
    private static final CSSWriterSettings VERBATIM = new CSSWriterSettings(false).setRemoveUnnecessaryCode(true);

    private MinifyCss() {
    }

    /** Parses and minifies {@code css}; {@code where} names the source in error messages. */
    public static String minify(String css, String where) {
        return write(CssParser.parseStylesheet(css, where));
    }

    public static String write(CascadingStyleSheet sheet) {
        StringBuilder out = new StringBuilder();
        sheet.getAllImportRules().forEach(rule -> out.append(leaf(rule)));
        sheet.getAllNamespaceRules().forEach(rule -> out.append(leaf(rule)));
        for (ICSSTopLevelRule rule : sheet.getAllRules()) {
            out.append(rule(rule));
        }
        return out.toString();
    }

    /** A declaration list as it goes into a {@code style} attribute: {@code a:b;c:d}. */
    public static String write(CSSDeclarationList declarations) {
        return declarations(declarations.getAllDeclarations());
    }

    private static String rule(ICSSTopLevelRule rule) {
        if (rule instanceof CSSStyleRule style) {
            if (!style.hasDeclarations()) {
                return "";
            }
            String selectors = style.getAllSelectors().stream().map(MinifyCss::leaf).collect(Collectors.joining(","));
            return selectors + "{" + declarations(style.getAllDeclarations()) + "}";
        }
        if (rule instanceof CSSMediaRule media) {
            String queries = media.getAllMediaQueries().stream().map(MinifyCss::leaf).collect(Collectors.joining(","));
            return block("@media" + (queries.isEmpty() ? "" : " " + queries), media);
        }
        if (rule instanceof CSSSupportsRule supports) {
            String condition = supports.getAllSupportConditionMembers().stream().map(MinifyCss::leaf)
                    .collect(Collectors.joining(" "));
            return block("@supports " + condition, supports);
        }
        if (rule instanceof CSSLayerRule layer) {
            String names = String.join(",", layer.getAllSelectors());
            String body = children(layer);
            // An empty layer block orders layers exactly like the statement form, which is shorter.
            return body.isEmpty() ? "@layer " + names + ";" : "@layer " + names + "{" + body + "}";
        }
        if (rule instanceof CSSKeyframesRule keyframes) {
            String blocks = keyframes.getAllBlocks().stream().map(MinifyCss::keyframe).collect(Collectors.joining());
            return keyframes.getDeclaration() + " " + keyframes.getAnimationName() + "{" + blocks + "}";
        }
        if (rule instanceof CSSFontFaceRule fontFace) {
            return fontFace.getDeclaration() + "{" + declarations(fontFace.getAllDeclarations()) + "}";
        }
        if (rule instanceof CSSViewportRule viewport) {
            return viewport.getDeclaration() + "{" + declarations(viewport.getAllDeclarations()) + "}";
        }
        // @page, @container and other rules ph-css keeps as raw text: write them as parsed.
        return leaf(rule);
    }

    private static String block(String header, AbstractHasTopLevelRules container) {
        String body = children(container);
        return body.isEmpty() ? "" : header + "{" + body + "}";
    }

    private static String children(AbstractHasTopLevelRules container) {
        StringBuilder out = new StringBuilder();
        for (ICSSTopLevelRule child : container.getAllRules()) {
            out.append(rule(child));
        }
        return out.toString();
    }

    private static String keyframe(CSSKeyframesBlock block) {
        return String.join(",", block.getAllKeyframesSelectors()) + "{" + declarations(block.getAllDeclarations()) + "}";
    }

    private static String declarations(List<CSSDeclaration> declarations) {
        return declarations.stream().map(MinifyCss::leaf).collect(Collectors.joining(";"));
    }

    private static String leaf(ICSSWriteable node) {
        return node.getAsCSSString(VERBATIM, 0).strip();
    }
}
