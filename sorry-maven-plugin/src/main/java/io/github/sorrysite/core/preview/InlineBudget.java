package io.github.sorrysite.core.preview;

import java.nio.charset.StandardCharsets;

/**
 * How much of the ALB fixed-response limit an inline body uses. The API limit counts
 * characters, not bytes, so a Japanese page can be 1000 characters and 2800 bytes and still fit;
 * both numbers are shown.
 *
 * @param characters Unicode characters (code points) of the body
 * @param bytes UTF-8 bytes of the body
 */
public record InlineBudget(int characters, int bytes, int limit) {
    /** The ALB fixed-response MessageBody limit. */
    public static final int ALB_LIMIT = 1024;

    public static InlineBudget of(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return new InlineBudget(text.codePointCount(0, text.length()), body.length, ALB_LIMIT);
    }

    public boolean fits() {
        return characters <= limit;
    }

    /** Share of the limit used, in percent, capped at 100 for drawing the bar. */
    public int barPercent() {
        return (int) Math.min(100, Math.round(characters * 100.0 / limit));
    }
}
