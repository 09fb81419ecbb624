package io.github.sorrysite.core.css;

import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSDeclarationList;
import com.helger.css.decl.CSSExpressionMemberTermURI;
import com.helger.css.decl.CSSImportRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.decl.visit.CSSVisitor;
import com.helger.css.decl.visit.ICSSUrlVisitor;
import java.util.function.UnaryOperator;

/**
 * Rewrites every URL a stylesheet references: {@code url()} in any declaration (including
 * {@code @font-face src} and rules nested in {@code @media}/{@code @supports}) and {@code @import}.
 * Works on ph-css's parsed tree, never on the raw text, so strings and comments are left alone.
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
        CascadingStyleSheet sheet = CssParser.parseStylesheet(css, where);
        return rewrite(sheet, rewrite) ? MinifyCss.write(sheet) : null;
    }

    /** The same for declaration text ({@code style} attribute content). */
    public static String rewriteDeclarations(String css, UnaryOperator<String> rewrite, String where) {
        CSSDeclarationList declarations = CssParser.parseDeclarations(css, where, 0);
        return rewrite(declarations, rewrite) ? MinifyCss.write(declarations) : null;
    }

    /** Applies {@code rewrite} to each URL; returns true when any URL changed. */
    public static boolean rewrite(CascadingStyleSheet sheet, UnaryOperator<String> rewrite) {
        Visitor visitor = new Visitor(rewrite);
        CSSVisitor.visitCSSUrl(sheet, visitor);
        return visitor.changed;
    }

    /** The same for a declaration list, such as a {@code style} attribute. */
    public static boolean rewrite(CSSDeclarationList declarations, UnaryOperator<String> rewrite) {
        Visitor visitor = new Visitor(rewrite);
        CSSVisitor.visitAllDeclarationUrls(declarations, visitor);
        return visitor.changed;
    }

    private static final class Visitor implements ICSSUrlVisitor {
        private final UnaryOperator<String> rewrite;
        private boolean changed;

        Visitor(UnaryOperator<String> rewrite) {
            this.rewrite = rewrite;
        }

        @Override
        public void onImport(CSSImportRule rule) {
            String before = rule.getLocationString();
            String after = rewrite.apply(before);
            if (!after.equals(before)) {
                rule.setLocationString(after);
                changed = true;
            }
        }

        @Override
        public void onUrlDeclaration(ICSSTopLevelRule rule, CSSDeclaration declaration, CSSExpressionMemberTermURI uri) {
            String before = uri.getURIString();
            String after = rewrite.apply(before);
            if (!after.equals(before)) {
                uri.setURIString(after);
                changed = true;
            }
        }
    }
}
