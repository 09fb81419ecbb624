package io.github.sorrysite.core.albswitch;

import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.alb.SorryRule;
import io.github.sorrysite.core.alb.SorryRules;
import io.github.sorrysite.core.common.Pacer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The switch goals, in the publish shape: read the listener through the port, decide the plan as a
 * pure function, print it, apply it unless it is a dry run, then optionally check the page live.
 */
public final class RuleSwitch {
    private final ListenerRules rules;
    private final Events events;
    private final LiveCheck.Fetcher fetcher;
    private final Pacer pacer;

    public RuleSwitch(ListenerRules rules, Events events, LiveCheck.Fetcher fetcher, Pacer pacer) {
        this.rules = rules;
        this.events = events;
        this.fetcher = fetcher;
        this.pacer = pacer;
    }

    /** @param pages the build's inline bodies */
    public RulePlan on(AlbSwitchConfig config, List<SorryRules.InlinePage> pages) {
        SorryRules.Layout layout = SorryRules.of(pages, config.rules());
        layout.unused().forEach(p -> events.info("No rule for " + p + ": it is neither the default page nor a locale copy of it"));
        ListenerState state = rules.read(config.listener());
        state.controllerTag().ifPresent(tag -> events.warn("load balancer " + state.loadBalancerName()
                + " is managed by the AWS Load Balancer Controller (" + tag + ")"));
        RulePlan plan = PlanRuleSwitch.on(state, layout.rules(), config.options());
        apply(plan, config);
        if (config.checkUrl() != null && !config.dryRun()) {
            new LiveCheck(fetcher, pacer, events).await(config.checkUrl(), layout.defaultRule().response(), true,
                    config.checkTimeout(), Duration.ofSeconds(2));
        }
        return plan;
    }

    /** @param pages the build's inline bodies, or null when there is no build (the test path is then left as it is) */
    public RulePlan off(AlbSwitchConfig config, List<SorryRules.InlinePage> pages) {
        SorryRules.Layout layout = pages == null ? null : SorryRules.of(pages, config.rules());
        ListenerState state = rules.read(config.listener());
        state.controllerTag().ifPresent(tag -> events.warn("load balancer " + state.loadBalancerName()
                + " is managed by the AWS Load Balancer Controller (" + tag + "); scale it back up once the page is off"));
        RulePlan plan = PlanRuleSwitch.off(state, layout == null ? null : layout.rules(), config.options());
        apply(plan, config);
        if (config.checkUrl() != null && !config.dryRun() && layout != null) {
            new LiveCheck(fetcher, pacer, events).await(config.checkUrl(), layout.defaultRule().response(), false,
                    config.checkTimeout(), Duration.ofSeconds(2));
        }
        return plan;
    }

    public SwitchStatus status(AlbSwitchConfig config, List<SorryRules.InlinePage> pages) {
        List<SorryRule> wanted = pages == null ? null : SorryRules.of(pages, config.rules()).rules();
        SwitchStatus status = SwitchStatus.of(rules.read(config.listener()), wanted, pages);
        status.lines().forEach(events::summary);
        status.warnings().forEach(events::warn);
        return status;
    }

    private void apply(RulePlan plan, AlbSwitchConfig config) {
        plan.lines().forEach(events::plan);
        if (config.dryRun()) {
            events.summary("Dry run (sorry.dryRun): nothing changed");
            return;
        }
        if (plan.isEmpty()) {
            events.summary("sorry:" + plan.goal() + ": the listener is already as wanted; nothing written");
            return;
        }
        for (RuleStep step : plan.steps()) {
            if (step instanceof RuleStep.Create c) {
                rules.create(plan.listenerArn(), c.priority(), c.conditions(), c.actions(), c.tags());
            } else if (step instanceof RuleStep.Modify m) {
                rules.modify(m.ruleArn(), m.rule().conditions(), m.actions());
            } else if (step instanceof RuleStep.Delete d) {
                rules.delete(d.ruleArn());
            } else if (step instanceof RuleStep.Move m) {
                Map<String, Integer> priorities = new LinkedHashMap<>();
                m.changes().forEach(c -> priorities.put(c.ruleArn(), c.to()));
                rules.setPriorities(priorities);
            } else if (step instanceof RuleStep.Tag t) {
                rules.tag(t.ruleArn(), t.tags());
            } else if (step instanceof RuleStep.Untag u) {
                rules.untag(u.ruleArn(), u.keys());
            }
            events.debug("done: " + step.describe());
        }
        events.summary("sorry:" + plan.goal() + ": " + plan.writeCalls() + " write call" + (plan.writeCalls() == 1 ? "" : "s") + " made");
    }
}
