package io.github.sorrysite.core.preview;

import io.github.sorrysite.core.inline.BodySize;
import java.nio.charset.StandardCharsets;

/**
 * How much of the ALB fixed-response limit an inline body uses, for the preview report's bar.
 * Counted exactly as the build's budget is ({@link BodySize}): the ELBv2 API counts UTF-16 code
 * units, so a Japanese page can be 1000 characters and 2800 bytes and still fit; both are shown.
 */
public record InlineBudget(BodySize size, int limit) {
    /** The ALB fixed-response MessageBody limit. */
    public static final int ALB_LIMIT = io.github.sorrysite.core.alb.FixedResponse.MAX_BODY_CHARS;

    public static InlineBudget of(byte[] body) {
        return new InlineBudget(BodySize.of(new String(body, StandardCharsets.UTF_8)), ALB_LIMIT);
    }

    /** Characters as the ELBv2 API counts them (UTF-16 code units). */
    public int characters() {
        return size.chars();
    }

    public int bytes() {
        return size.bytes();
    }

    public boolean fits() {
        return characters() <= limit;
    }

    /** Share of the limit used, in percent, capped at 100 for drawing the bar. */
    public int barPercent() {
        return (int) Math.min(100, Math.round(characters() * 100.0 / limit));
    }
}
