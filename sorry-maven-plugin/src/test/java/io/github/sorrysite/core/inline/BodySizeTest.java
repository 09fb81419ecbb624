package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BodySizeTest {
    @Test
    void asciiCountsTheSameInEveryUnit() {
        assertEquals(new BodySize(5, 5, 5), BodySize.of("<p>hi"));
    }

    @Test
    void japaneseIsOneCharButThreeBytes() {
        // メンテナンス中: 7 characters, 21 UTF-8 bytes
        assertEquals(new BodySize(7, 7, 21), BodySize.of("メンテナンス中"));
    }

    @Test
    void surrogatePairsAreTwoCharsOneCodePointFourBytes() {
        // U+1F6A7 (construction sign) is outside the BMP: the API counts 2 UTF-16 code units
        assertEquals(new BodySize(2, 1, 4), BodySize.of("\uD83D\uDEA7"));
        assertEquals(new BodySize(3, 2, 6), BodySize.of("é\uD83D\uDEA7")); // é: 1 char, 2 bytes
    }

    @Test
    void fitsDependsOnTheUnit() {
        String body = "あ".repeat(400); // 400 chars, 1200 bytes
        assertTrue(BodySize.of(body).fits(1024, BudgetUnit.CHARS));
        assertFalse(BodySize.of(body).fits(1024, BudgetUnit.BYTES));
        assertTrue(BodySize.of("a".repeat(1024)).fits(1024, BudgetUnit.CHARS));
        assertFalse(BodySize.of("a".repeat(1025)).fits(1024, BudgetUnit.CHARS));
    }
}
