package io.github.sorrysite.core.site;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops a Markdown soft line break between two East Asian wide characters, as goldmark's
 * EastAsianLineBreaks option and CSS Text 3's segment break rules do: Japanese and Chinese are
 * written without spaces, so a line wrapped in the source must not become a visible space
 * ({@code されています。 しばらく}). flexmark has no such option (only a fixed {@code SOFT_BREAK}
 * string), hence this pass over the parsed document.
 *
 * <p>Hangul is not included: Korean separates words with spaces, so its line breaks stay spaces.
 */
final class EastAsianLineBreaks {
    private EastAsianLineBreaks() {
    }

    static void apply(Node document) {
        List<SoftLineBreak> drop = new ArrayList<>();
        collect(document, drop);
        drop.forEach(Node::unlink);
    }

    private static void collect(Node node, List<SoftLineBreak> drop) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak br && between(br)) {
                drop.add(br);
            }
            collect(child, drop);
        }
    }

    /** The characters on either side of the break in the source, skipping the spaces Markdown strips. */
    private static boolean between(SoftLineBreak br) {
        BasedSequence base = br.getChars().getBaseSequence();
        int before = br.getStartOffset() - 1;
        while (before >= 0 && (base.charAt(before) == ' ' || base.charAt(before) == '\t')) {
            before--;
        }
        int after = br.getEndOffset();
        while (after < base.length() && (base.charAt(after) == ' ' || base.charAt(after) == '\t')) {
            after++;
        }
        if (before < 0 || after >= base.length()) {
            return false;
        }
        int left = Character.isLowSurrogate(base.charAt(before)) && before > 0
                ? Character.toCodePoint(base.charAt(before - 1), base.charAt(before)) : base.charAt(before);
        int right = Character.isHighSurrogate(base.charAt(after)) && after + 1 < base.length()
                ? Character.toCodePoint(base.charAt(after), base.charAt(after + 1)) : base.charAt(after);
        return wide(left) && wide(right);
    }

    /** East Asian Width W or F (Unicode UAX #11), without Hangul. */
    static boolean wide(int c) {
        return c >= 0x2E80 && c <= 0x303E      // CJK radicals, Kangxi, CJK symbols and punctuation (、。「」)
                || c >= 0x3041 && c <= 0x33FF  // Hiragana, Katakana, Bopomofo, CJK compatibility
                || c >= 0x3400 && c <= 0x4DBF  // CJK extension A
                || c >= 0x4E00 && c <= 0x9FFF  // CJK unified ideographs
                || c >= 0xA000 && c <= 0xA4CF  // Yi
                || c >= 0xF900 && c <= 0xFAFF  // CJK compatibility ideographs
                || c >= 0xFE30 && c <= 0xFE4F  // CJK compatibility forms
                || c >= 0xFF01 && c <= 0xFF60  // fullwidth forms (（）！)
                || c >= 0xFFE0 && c <= 0xFFE6
                || c >= 0x20000 && c <= 0x3FFFD; // CJK extensions B and later
    }
}
