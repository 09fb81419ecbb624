package io.github.sorrysite.core.albswitch;

import io.github.sorrysite.core.alb.RuleCondition;
import io.github.sorrysite.core.alb.SorryRule;
import java.util.List;
import java.util.Map;

/** One write call of a {@link RulePlan}, with the reason for it. */
public sealed interface RuleStep {
    String reason();

    /** One line for the printed plan, e.g. {@code + create  3  path:ja  path-pattern /ja, /ja/*  (new: ...)}. */
    String describe();

    /** Creates one of the plugin's rules, tagged. */
    record Create(SorryRule rule, int priority, List<RuleAction> actions, Map<String, String> tags, String reason) implements RuleStep {
        public List<RuleCondition> conditions() {
            return rule.conditions();
        }

        @Override
        public String describe() {
            return String.format("+ create   %5d  %-20s %s -> %s  (%s)", priority, rule.key(),
                    String.join(" AND ", rule.conditions().stream().map(RuleCondition::describe).toList()),
                    String.join(", ", actions.stream().map(RuleAction::describe).toList()), reason);
        }
    }

    /** Rewrites one of the plugin's rules in place: conditions and actions. */
    record Modify(String ruleArn, SorryRule rule, int priority, List<RuleAction> actions, String reason) implements RuleStep {
        @Override
        public String describe() {
            return String.format("~ modify   %5d  %-20s %s  (%s)", priority, rule.key(),
                    String.join(", ", actions.stream().map(RuleAction::describe).toList()), reason);
        }
    }

    /** Deletes one of the plugin's rules. */
    record Delete(String ruleArn, String key, int priority, String reason) implements RuleStep {
        @Override
        public String describe() {
            return String.format("- delete   %5d  %-20s (%s)", priority, key, reason);
        }
    }

    /** Moves rules to new priorities in one call. */
    record Move(List<PriorityChange> changes, String reason) implements RuleStep {
        public Move {
            changes = List.copyOf(changes);
        }

        @Override
        public String describe() {
            return "> move     " + String.join(", ", changes.stream().map(PriorityChange::describe).toList()) + "  (" + reason + ")";
        }
    }

    /** Adds tags to one rule. */
    record Tag(String ruleArn, String label, Map<String, String> tags, String reason) implements RuleStep {
        @Override
        public String describe() {
            return "# tag      " + label + " " + tags + "  (" + reason + ")";
        }
    }

    /** Removes tags from one rule. */
    record Untag(String ruleArn, String label, List<String> keys, String reason) implements RuleStep {
        @Override
        public String describe() {
            return "# untag    " + label + " " + keys + "  (" + reason + ")";
        }
    }

    /** @param label how the plan shows the rule: its key, or {@code your rule RULEID} */
    record PriorityChange(String ruleArn, String label, int from, int to) {
        public String describe() {
            return label + " " + from + "->" + to;
        }
    }
}
