package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sorrysite.core.BadInputException;
import java.util.List;
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
        assertEquals("sorry.bypassCidrs", where(() -> InlineConfig.defaults().withBypassCidrs(List.of("10.0.0.1"))));
        assertEquals("sorry.bypassCidrs", where(() -> InlineConfig.defaults().withBypassCidrs(List.of("300.0.0.0/8"))));
        assertEquals("sorry.bypassCidrs", where(() -> InlineConfig.defaults().withBypassCidrs(
                List.of("10.0.0.0/8", "10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16", "10.5.0.0/16"))));
        assertEquals("sorry.alb.actionName", where(() -> new InlineConfig(null, 1024, null, "Sorry_Page", List.of(), null)));
        assertEquals("sorry.alb.bypassService", where(() -> new InlineConfig(null, 1024, null, "sorry", List.of(), "app")));
    }

    @Test
    void acceptsDefaultsAndGoodValues() {
        InlineConfig config = new InlineConfig(InlineStrategy.parse(" Self-Contained "), 900, BudgetUnit.parse("BYTES"), "sorry-page",
                List.of(" 203.0.113.0/24", "2001:db8::/32", ""), "web:http");
        assertEquals(InlineStrategy.SELF_CONTAINED, config.strategy());
        assertEquals(List.of("203.0.113.0/24", "2001:db8::/32"), config.bypassCidrs());
        assertEquals("900 bytes", config.budgetText());
        assertEquals(InlineStrategy.AUTO, InlineStrategy.parse(null));
    }
}
