package io.github.sorrysite.core.inline;

import java.nio.charset.StandardCharsets;

/**
 * The size of a fixed-response body in the three units that matter: UTF-16 code units (what the
 * ELBv2 API counts as "characters"), code points (what a person counts), and UTF-8 bytes (what
 * goes over the wire, and what Terraform's aws provider checks).
 */
public record BodySize(int chars, int codePoints, int bytes) {
    public static BodySize of(String body) {
        return new BodySize(body.length(), body.codePointCount(0, body.length()),
                body.getBytes(StandardCharsets.UTF_8).length);
    }

    public int in(BudgetUnit unit) {
        return unit == BudgetUnit.BYTES ? bytes : chars;
    }

    public boolean fits(int budget, BudgetUnit unit) {
        return in(unit) <= budget;
    }

    @Override
    public String toString() {
        return chars + " chars / " + bytes + " bytes" + (codePoints != chars ? " / " + codePoints + " code points" : "");
    }
}
