package io.github.sorrysite.core.albswitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.alb.FixedResponse;
import io.github.sorrysite.core.alb.RuleCondition;
import io.github.sorrysite.core.alb.RuleTags;
import io.github.sorrysite.core.alb.SorryRule;
import io.github.sorrysite.core.alb.SorryRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The planner from tables: listener as read (rules at priorities, ours by key) to the steps it plans. */
class PlanRuleSwitchTest {
    static final String TG = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/app/1";
    static final String LISTENER = "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/shop/1/2";
    static final List<SorryRules.InlinePage> PAGES = List.of(
            new SorryRules.InlinePage("maintenance.html", "en", FixedResponse.html(503, "<p>sorry"), "a".repeat(64)),
            new SorryRules.InlinePage("ja/maintenance.html", "ja", FixedResponse.html(503, "<p>すみません"), "b".repeat(64)));
    static final AlbRuleConfig FULL = AlbRuleConfig.defaults().withBypassCidrs(List.of("203.0.113.0/24")).withTestPath("/sorry-test");
    static final List<SorryRule> WANTED = SorryRules.of(PAGES, FULL).rules();

    /** {@code "1:app"} is a rule of the user's at 1; {@code "3:default"} ours, current; {@code "3:default!"} ours, stale. */
    static ListenerState listener(String... rules) {
        List<LiveRule> live = new ArrayList<>();
        for (String spec : rules) {
            String[] parts = spec.split(":", 2);
            int priority = Integer.parseInt(parts[0]);
            String key = parts[1];
            String arn = LISTENER.replace(":listener/", ":listener-rule/") + "/r" + priority;
            if (key.startsWith("app")) {
                Map<String, String> tags = key.contains("@") ? Map.of(RuleTags.MOVED_FROM, key.substring(key.indexOf('@') + 1)) : Map.of();
                live.add(new LiveRule(arn, priority, List.of(RuleCondition.pathPattern(List.of("/api/*"))), List.of(RuleAction.forward(TG)), tags));
                continue;
            }
            boolean stale = key.endsWith("!");
            SorryRule want = WANTED.stream().filter(w -> w.key().equals(key.replace("!", ""))).findFirst().orElseThrow();
            Map<String, String> tags = new HashMap<>(RuleTags.of(want));
            RuleAction action = want.forwards() ? RuleAction.forward(TG)
                    : RuleAction.fixed(stale ? FixedResponse.html(503, "<p>old") : want.response());
            live.add(new LiveRule(arn, priority, want.conditions(), List.of(action), tags));
        }
        return new ListenerState(LISTENER, "lb", "shop", Map.of(), live, List.of(TG));
    }

    static List<String> summary(RulePlan plan) {
        List<String> out = new ArrayList<>();
        for (RuleStep s : plan.steps()) {
            if (s instanceof RuleStep.Create c) {
                out.add("create " + c.rule().key() + "@" + c.priority());
            } else if (s instanceof RuleStep.Modify m) {
                out.add("modify " + m.rule().key());
            } else if (s instanceof RuleStep.Delete d) {
                out.add("delete " + d.key());
            } else if (s instanceof RuleStep.Move m) {
                out.add("move " + String.join(",", m.changes().stream().map(c -> c.from() + ">" + c.to()).toList()));
            } else if (s instanceof RuleStep.Tag t) {
                out.add("tag " + t.tags().keySet());
            } else if (s instanceof RuleStep.Untag u) {
                out.add("untag " + u.keys());
            }
        }
        return out;
    }

    static Stream<Arguments> onCases() {
        return Stream.of(
                Arguments.of("empty listener", new String[] {}, false,
                        List.of("create test-path@1", "create bypass@2", "create path:ja@3", "create accept-language:ja@4", "create default@5")),
                Arguments.of("room ahead of the app", new String[] {"100:app"}, false,
                        List.of("create test-path@1", "create bypass@2", "create path:ja@3", "create accept-language:ja@4", "create default@5")),
                Arguments.of("already on", new String[] {"1:test-path", "2:bypass", "3:path:ja", "4:accept-language:ja", "5:default", "9:app"},
                        false, List.of()),
                Arguments.of("off state: test path kept, the rest fills in after it",
                        new String[] {"10:test-path", "100:app"}, false,
                        List.of("create bypass@11", "create path:ja@12", "create accept-language:ja@13", "create default@14")),
                Arguments.of("stale body is modified in place, tags follow",
                        new String[] {"1:test-path", "2:bypass", "3:path:ja", "4:accept-language:ja", "5:default!"}, false,
                        List.of("modify default")),
                Arguments.of("ours out of order is re-laid (no swap in one call)",
                        new String[] {"1:default", "2:test-path", "50:app"}, false,
                        List.of("move 1>5", "move 2>1", "create bypass@2", "create path:ja@3", "create accept-language:ja@4")),
                Arguments.of("app at 1 and 2, moveRules: app shifted back by 5 in one call, tagged first",
                        new String[] {"1:app", "2:app"}, true,
                        List.of("tag [sorry:moved-from]", "tag [sorry:moved-from]", "move 2>7,1>6", "create test-path@1", "create bypass@2",
                                "create path:ja@3", "create accept-language:ja@4", "create default@5")),
                Arguments.of("app at 1..3, moveRules: chains of moves that never land on a used priority",
                        new String[] {"1:app", "2:app", "3:app"}, true,
                        List.of("tag [sorry:moved-from]", "tag [sorry:moved-from]", "tag [sorry:moved-from]", "move 3>8,2>7,1>6",
                                "create test-path@1", "create bypass@2", "create path:ja@3", "create accept-language:ja@4", "create default@5")),
                Arguments.of("a rule of ours the build no longer has is deleted",
                        new String[] {"1:test-path", "2:bypass", "3:path:ja", "4:accept-language:ja", "5:default", "6:path:ja"}, false,
                        List.of("delete path:ja")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("onCases")
    void on(String name, String[] rules, boolean move, List<String> expected) {
        RulePlan plan = PlanRuleSwitch.on(listener(rules), WANTED, new SwitchOptions(null, move, false));
        List<String> steps = summary(plan);
        // the modify of a stale body comes with its digest tag
        steps.removeIf(s -> s.startsWith("tag [sorry:body-sha256"));
        steps.removeIf(s -> s.startsWith("tag [sorry:page"));
        assertEquals(expected, steps, String.join("\n", plan.lines()));
    }

    static Stream<Arguments> offCases() {
        return Stream.of(
                Arguments.of("on, nothing moved: delete all but the test path, catch-all first",
                        new String[] {"1:test-path", "2:bypass", "3:path:ja", "4:accept-language:ja", "5:default", "9:app"},
                        List.of("delete default", "delete accept-language:ja", "delete path:ja", "delete bypass")),
                Arguments.of("moved app rules go back, one later than before when the test path holds their place",
                        new String[] {"1:test-path", "2:bypass", "5:default", "6:app@1", "7:app@2"},
                        List.of("delete default", "delete bypass", "move 6>2,7>3")),
                Arguments.of("no test path: moved rules go back exactly and lose the tag",
                        new String[] {"1:bypass", "2:default", "6:app@1", "7:app@2"},
                        List.of("delete default", "delete bypass", "move 6>1,7>2", "untag [sorry:moved-from]", "untag [sorry:moved-from]")),
                Arguments.of("already off", new String[] {"1:test-path", "2:app@1"}, List.of()),
                Arguments.of("absent", new String[] {"7:app"}, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offCases")
    void off(String name, String[] rules, List<String> expected) {
        RulePlan plan = PlanRuleSwitch.off(listener(rules), WANTED, SwitchOptions.defaults());
        assertEquals(expected, summary(plan), String.join("\n", plan.lines()));
    }

    @Test
    void noRoomWithoutMoveRulesNamesTheFlag() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> PlanRuleSwitch.on(listener("3:app"), WANTED, SwitchOptions.defaults()));
        assertEquals("sorry.alb.moveRules", e.where());
        assertTrue(e.getMessage().contains("are 2 free priorities") && e.getMessage().contains("back by 3"), e.getMessage());
    }

    @Test
    void validatesWhatMotoTakes() {
        List<SorryRules.InlinePage> big = List.of(new SorryRules.InlinePage("maintenance.html", null,
                FixedResponse.html(503, "x".repeat(1025)), "c".repeat(64)));
        BadInputException body = assertThrows(BadInputException.class,
                () -> PlanRuleSwitch.on(listener(), SorryRules.of(big, AlbRuleConfig.defaults()).rules(), SwitchOptions.defaults()));
        assertTrue(body.getMessage().contains("1025 characters"), body.getMessage());
        List<SorryRules.InlinePage> status = List.of(new SorryRules.InlinePage("maintenance.html", null,
                new FixedResponse("302", "text/html", "x"), "c".repeat(64)));
        assertThrows(BadInputException.class,
                () -> PlanRuleSwitch.on(listener(), SorryRules.of(status, AlbRuleConfig.defaults()).rules(), SwitchOptions.defaults()));
        List<SorryRules.InlinePage> type = List.of(new SorryRules.InlinePage("maintenance.html", null,
                new FixedResponse("503", "text/xml", "x"), "c".repeat(64)));
        assertThrows(BadInputException.class,
                () -> PlanRuleSwitch.on(listener(), SorryRules.of(type, AlbRuleConfig.defaults()).rules(), SwitchOptions.defaults()));
        String[] many = new String[98];
        for (int i = 0; i < many.length; i++) {
            many[i] = (100 + i) + ":app";
        }
        BadInputException rules = assertThrows(BadInputException.class, () -> PlanRuleSwitch.on(listener(many), WANTED, SwitchOptions.defaults()));
        assertTrue(rules.getMessage().contains("100 rules"), rules.getMessage());
        assertEquals("sorry.bypassCidrs", assertThrows(BadInputException.class,
                () -> AlbRuleConfig.defaults().withBypassCidrs(List.of("203.0.113.0/24", "a", "b", "c", "d", "e"))).where());
    }

    @Test
    void bypassTargetGroupMustBeClear() {
        ListenerState none = new ListenerState(LISTENER, "lb", "shop", Map.of(), List.of(), List.of());
        BadInputException e = assertThrows(BadInputException.class, () -> PlanRuleSwitch.on(none, WANTED, SwitchOptions.defaults()));
        assertEquals("sorry.alb.targetGroupArn", e.where());
        RulePlan explicit = PlanRuleSwitch.on(none, WANTED, new SwitchOptions(TG + "x", false, false));
        assertEquals(List.of(TG + "x"), explicit.steps(RuleStep.Create.class).get(1).actions().get(0).targetGroupArns());
    }

    @Test
    void priorityBatchesNeverTargetAUsedPriority() {
        List<RuleStep.PriorityChange> swap = List.of(new RuleStep.PriorityChange("a", "a", 1, 2), new RuleStep.PriorityChange("b", "b", 2, 1));
        List<List<RuleStep.PriorityChange>> batches = PriorityMoves.batches(swap, Set.of(1, 2));
        assertEquals(3, batches.size(), batches.toString());
        Set<Integer> used = new java.util.HashSet<>(Set.of(1, 2));
        for (List<RuleStep.PriorityChange> batch : batches) {
            for (RuleStep.PriorityChange c : batch) {
                assertTrue(!used.contains(c.to()), batches.toString());
            }
            batch.forEach(c -> {
                used.remove(c.from());
                used.add(c.to());
            });
        }
    }
}
