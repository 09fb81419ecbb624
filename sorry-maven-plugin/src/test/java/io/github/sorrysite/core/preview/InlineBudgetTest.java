package io.github.sorrysite.core.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InlineBudgetTest {
    @Test
    void countsCharactersAndBytesSeparately() {
        InlineBudget budget = InlineBudget.of("<p>メンテナンス中</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals(14, budget.characters());
        assertEquals(7 + 7 * 3, budget.bytes());
        assertTrue(budget.fits());
    }

    @Test
    void aCharacterOutsideTheBmpCountsTwiceAsTheAlbApiDoes() {
        assertEquals(2, InlineBudget.of("😀".getBytes(StandardCharsets.UTF_8)).characters());
    }

    @Test
    void theLimitIs1024Characters() {
        assertTrue(InlineBudget.of("a".repeat(1024).getBytes(StandardCharsets.UTF_8)).fits());
        InlineBudget over = InlineBudget.of("a".repeat(1025).getBytes(StandardCharsets.UTF_8));
        assertFalse(over.fits());
        assertEquals(100, over.barPercent());
        assertEquals(50, InlineBudget.of("a".repeat(512).getBytes(StandardCharsets.UTF_8)).barPercent());
    }
}
