package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sorrysite.core.BadInputException;
import org.junit.jupiter.api.Test;

/** Every mistake names the sorry.* property to change. */
class InlineConfigTest {
    static String where(Runnable r) {
        return assertThrows(BadInputException.class, r::run).where();
    }

    @Test
    void validatesEachParameter() {
        assertEquals("sorry.inline.budget", where(() -> InlineConfig.defaults().withBudget(1025, BudgetUnit.CHARS)));
        assertEquals("sorry.inline.budget", where(() -> InlineConfig.defaults().withBudget(0, BudgetUnit.CHARS)));
        assertEquals("sorry.inline.strategy", where(() -> InlineStrategy.parse("inline")));
        assertEquals("sorry.inline.budgetUnit", where(() -> BudgetUnit.parse("codepoints")));
    }

    @Test
    void acceptsDefaultsAndGoodValues() {
        InlineConfig config = new InlineConfig(InlineStrategy.parse(" Self-Contained "), 900, BudgetUnit.parse("BYTES"));
        assertEquals(InlineStrategy.SELF_CONTAINED, config.strategy());
        assertEquals("900 bytes", config.budgetText());
        assertEquals(InlineStrategy.AUTO, InlineStrategy.parse(null));
    }
}
