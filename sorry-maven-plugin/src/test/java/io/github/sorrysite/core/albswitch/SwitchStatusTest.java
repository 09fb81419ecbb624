package io.github.sorrysite.core.albswitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.alb.SorryRules;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What sorry:status says, from listeners as read. */
class SwitchStatusTest {
    static SwitchStatus status(AlbRuleConfig config, String... rules) {
        return SwitchStatus.of(PlanRuleSwitchTest.listener(rules), SorryRules.of(PlanRuleSwitchTest.PAGES, config).rules(),
                PlanRuleSwitchTest.PAGES);
    }

    @Test
    void statesAndBodies() {
        SwitchStatus on = status(PlanRuleSwitchTest.FULL, "1:test-path", "2:bypass", "3:path:ja", "4:accept-language:ja", "5:default!", "9:app");
        assertEquals(SwitchStatus.State.ON, on.state());
        assertEquals(3, on.lines().stream().filter(l -> l.contains(" current (")).count(), String.join("\n", on.lines()));
        assertEquals(1, on.lines().stream().filter(l -> l.contains(" STALE (")).count(), String.join("\n", on.lines()));
        // the test path's body is compared with its page even when this run does not name the test path
        SwitchStatus off = status(AlbRuleConfig.defaults(), "1:test-path", "2:app@1");
        assertEquals(SwitchStatus.State.OFF, off.state());
        assertTrue(off.lines().get(1).contains("maintenance.html current ("), off.lines().toString());
        assertTrue(off.lines().get(2).contains("moved by sorry:on from 1"), off.lines().toString());
        assertEquals(SwitchStatus.State.ABSENT, status(AlbRuleConfig.defaults(), "1:app").state());
        assertEquals(SwitchStatus.State.PARTIAL, status(PlanRuleSwitchTest.FULL, "1:bypass", "5:app").state());
    }

    @Test
    void rulesOfYoursAheadOfOursAreNamed() {
        SwitchStatus shadowed = status(PlanRuleSwitchTest.FULL, "1:test-path", "2:app", "3:default");
        assertTrue(shadowed.warnings().stream().anyMatch(w -> w.contains("at 2") && w.contains("comes before default")),
                shadowed.warnings().toString());
    }

    @Test
    void aBuildRuleMissingFromTheListenerIsNamed() {
        SwitchStatus missing = status(PlanRuleSwitchTest.FULL, "1:test-path", "5:default");
        assertTrue(missing.warnings().stream().anyMatch(w -> w.contains("bypass rule is not on the listener")), missing.warnings().toString());
        assertEquals(List.of(), status(PlanRuleSwitchTest.FULL, "1:test-path", "2:bypass", "3:path:ja", "4:accept-language:ja",
                "5:default").warnings());
    }
}
