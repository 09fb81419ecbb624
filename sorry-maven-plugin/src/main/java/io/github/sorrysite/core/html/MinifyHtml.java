package io.github.sorrysite.core.html;

import com.googlecode.htmlcompressor.compressor.HtmlCompressor;
import io.github.sorrysite.core.css.MinifyCss;

/**
 * Minifies a rendered page with htmlcompressor.
 *
 * <p>Runs of white space collapse to one space but are never removed between tags: htmlcompressor's
 * "remove intertag spaces" would turn {@code </a> <b>} into {@code </a><b>} and join the words.
 * CSS in {@code <style>} goes through {@link MinifyCss} (YUI, htmlcompressor's default, corrupts
 * {@code calc()}, {@code 0s} and custom properties). Scripts are left exactly as written.
 */
public final class MinifyHtml {
    private MinifyHtml() {
    }

    /** {@code where} names the page in errors from its inline CSS. */
    public static String minify(String html, String where) {
        HtmlCompressor compressor = new HtmlCompressor();
        compressor.setRemoveComments(true);
        compressor.setRemoveMultiSpaces(true);
        compressor.setRemoveIntertagSpaces(false);
        compressor.setPreserveLineBreaks(false);
        compressor.setRemoveQuotes(true);
        compressor.setSimpleDoctype(true);
        compressor.setRemoveScriptAttributes(true);
        compressor.setRemoveStyleAttributes(true);
        compressor.setRemoveLinkAttributes(true);
        compressor.setSimpleBooleanAttributes(true);
        compressor.setRemoveJavaScriptProtocol(true);
        compressor.setCompressJavaScript(false);
        compressor.setCompressCss(true);
        compressor.setCssCompressor(css -> MinifyCss.minify(css, where + " <style>"));
        return compressor.compress(html).strip();
    }
}
