package io.github.sorrysite.core.alb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.sorrysite.core.BadInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every mistake names the sorry.* property to change. */
class AlbRuleConfigTest {
    static String where(Runnable r) {
        return assertThrows(BadInputException.class, r::run).where();
    }

    @Test
    void validatesEachParameter() {
        assertEquals("sorry.bypassCidrs", where(() -> AlbRuleConfig.defaults().withBypassCidrs(List.of("10.0.0.1"))));
        assertEquals("sorry.bypassCidrs", where(() -> AlbRuleConfig.defaults().withBypassCidrs(List.of("300.0.0.0/8"))));
        assertEquals("sorry.bypassCidrs", where(() -> AlbRuleConfig.defaults().withBypassCidrs(
                List.of("10.0.0.0/8", "10.1.0.0/16", "10.2.0.0/16", "10.3.0.0/16", "10.4.0.0/16", "10.5.0.0/16"))));
        assertEquals("sorry.alb.actionName", where(() -> new AlbRuleConfig("Sorry_Page", List.of(), null)));
        assertEquals("sorry.alb.bypassService", where(() -> new AlbRuleConfig("sorry", List.of(), "app")));
    }

    @Test
    void acceptsDefaultsAndGoodValues() {
        AlbRuleConfig config = new AlbRuleConfig("sorry-page", List.of(" 203.0.113.0/24", "2001:db8::/32", ""), "web:http");
        assertEquals(List.of("203.0.113.0/24", "2001:db8::/32"), config.bypassCidrs());
        assertEquals("web:http", config.bypassService());
        assertEquals("sorry", AlbRuleConfig.defaults().actionName());
    }
}
