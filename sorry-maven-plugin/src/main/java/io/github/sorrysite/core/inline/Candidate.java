package io.github.sorrysite.core.inline;

import java.util.List;

/**
 * One strategy's attempt at a page, with what it costs, so an over-budget failure can say where
 * the characters went.
 *
 * @param elements the largest elements, as "description: cost" pairs, largest first
 * @param cssRules the largest CSS rules in the body (self-contained only), largest first
 */
record Candidate(InlineStrategy strategy, String html, InlineBody.InlineStylesheet stylesheet, String unavailable,
                 List<Cost> elements, List<Cost> cssRules) {
    record Cost(String what, int size) {
    }

    /**
     * The body in NFC: Terraform normalises strings to NFC, so a decomposed accent would change the
     * bytes it sends; normalised here, every artifact and {@code sorry:on} carry the same bytes.
     */
    Candidate {
        html = html == null ? null : java.text.Normalizer.normalize(html, java.text.Normalizer.Form.NFC);
    }

    static Candidate unavailable(InlineStrategy strategy, String why) {
        return new Candidate(strategy, null, null, why, List.of(), List.of());
    }

    boolean available() {
        return unavailable == null;
    }

    BodySize size() {
        return BodySize.of(html);
    }
}
