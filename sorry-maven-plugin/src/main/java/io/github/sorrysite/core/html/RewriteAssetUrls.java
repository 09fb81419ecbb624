package io.github.sorrysite.core.html;

import java.util.function.UnaryOperator;
import org.jsoup.nodes.Document;

/** The build stage that rewrites every URL of a parsed page (see {@link AssetUrlWalker} for where they are). */
public final class RewriteAssetUrls {
    private RewriteAssetUrls() {
    }

    /**
     * @param rewrite maps one reference to its new URL (or returns it unchanged)
     * @param where names the page in CSS error messages
     */
    public static void apply(Document document, UnaryOperator<String> rewrite, String where) {
        AssetUrlWalker.rewrite(document, rewrite, where);
    }
}
