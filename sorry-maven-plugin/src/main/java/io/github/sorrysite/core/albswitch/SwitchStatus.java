package io.github.sorrysite.core.albswitch;

import io.github.sorrysite.core.alb.RuleTags;
import io.github.sorrysite.core.alb.SorryRule;
import io.github.sorrysite.core.alb.SorryRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What {@code sorry:status} says about a listener: on, off (test path only) or absent; the plugin's
 * rules with their priorities and whether each body is the current build's; the rules of the user's
 * that are evaluated before them; and whether a controller manages the load balancer.
 */
public record SwitchStatus(State state, List<String> lines, List<String> warnings) {
    public enum State {
        ON("on"), OFF("off (test path only)"), PARTIAL("partly on (no catch-all rule)"), ABSENT("absent");

        private final String text;

        State(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /**
     * @param wanted the current build's rules, or null when there is no build to compare with
     * @param pages the current build's bodies (null with {@code wanted}): a rule's body is compared with its page's
     */
    public static SwitchStatus of(ListenerState listener, List<SorryRule> wanted, List<SorryRules.InlinePage> pages) {
        List<LiveRule> owned = listener.owned();
        State state;
        if (owned.isEmpty()) {
            state = State.ABSENT;
        } else if (owned.stream().anyMatch(r -> "default".equals(r.key()))) {
            state = State.ON;
        } else if (owned.stream().allMatch(r -> "test-path".equals(r.key()))) {
            state = State.OFF;
        } else {
            state = State.PARTIAL;
        }
        Map<String, SorryRules.InlinePage> byPage = pages == null ? Map.of()
                : pages.stream().collect(Collectors.toMap(SorryRules.InlinePage::page, Function.identity(), (a, b) -> a));
        List<String> lines = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        lines.add("Sorry page on " + listener.listenerArn() + ": " + state.text());
        listener.controllerTag().ifPresent(tag -> warnings.add("load balancer " + listener.loadBalancerName()
                + " is managed by the AWS Load Balancer Controller (" + tag + "): it deletes rules it did not make, on any Ingress"
                + " change and at least every 10 hours; switch through the generated Ingress while the cluster is healthy"));
        for (LiveRule rule : listener.rules()) {
            if (rule.owned()) {
                lines.add(String.format("  %5d  %-20s %s -> %s  %s", rule.priority(), rule.key(), rule.describeConditions(),
                        String.join(", ", rule.actions().stream().map(RuleAction::describe).toList()), body(rule, byPage, pages != null))
                        .stripTrailing());
            } else {
                lines.add(String.format("  %5d  %-20s %s -> %s%s", rule.priority(), "(yours " + rule.shortId() + ")",
                        rule.describeConditions(), String.join(", ", rule.actions().stream().map(RuleAction::describe).toList()),
                        rule.movedFrom().isPresent() ? "  moved by sorry:on from " + rule.movedFrom().getAsInt() : ""));
            }
        }
        if (!owned.isEmpty()) {
            int last = owned.stream().mapToInt(LiveRule::priority).max().getAsInt();
            for (LiveRule other : listener.others()) {
                if (other.priority() < last) {
                    List<String> shadowed = owned.stream().filter(o -> o.priority() > other.priority()).map(LiveRule::key).toList();
                    warnings.add("your rule " + other.shortId() + " at " + other.priority() + " (" + other.describeConditions()
                            + ") comes before " + String.join(", ", shadowed) + ": requests it matches never reach the sorry page");
                }
            }
        }
        if (wanted != null && state == State.ON) {
            for (SorryRule rule : wanted) {
                if (owned.stream().noneMatch(r -> rule.key().equals(r.key()))) {
                    warnings.add("the build's " + rule.key() + " rule is not on the listener; run sorry:on again");
                }
            }
        }
        return new SwitchStatus(state, lines, warnings);
    }

    private static String body(LiveRule rule, Map<String, SorryRules.InlinePage> byPage, boolean haveBuild) {
        String digest = rule.tags().get(RuleTags.BODY_SHA256);
        if (digest == null) {
            return "";
        }
        String page = rule.tags().getOrDefault(RuleTags.PAGE, "?");
        if (!haveBuild) {
            return page + " (no build to compare)";
        }
        SorryRules.InlinePage built = byPage.get(page);
        if (built == null) {
            return page + " (not in this build)";
        }
        boolean same = rule.actions().size() == 1 && rule.actions().get(0).fixedResponse() != null
                && rule.actions().get(0).fixedResponse().messageBody().equals(built.response().messageBody());
        return page + (same && digest.equals(built.sha256()) ? " current (" + digest.substring(0, Math.min(12, digest.length())) + ")"
                : " STALE (" + digest.substring(0, Math.min(12, digest.length())) + ", build has " + built.sha256().substring(0, 12) + ")");
    }
}
