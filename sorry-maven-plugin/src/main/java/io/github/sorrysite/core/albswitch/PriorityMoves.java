package io.github.sorrysite.core.albswitch;

import io.github.sorrysite.core.alb.AlbRuleConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits priority changes into calls that never move a rule onto a priority in use when the call is
 * made. Real ELBv2 takes a swap in one SetRulePriorities call; moto (and a cautious reading of the
 * API) does not, and a chain of moves in the right order never needs one. A cycle is broken through
 * a free priority.
 */
final class PriorityMoves {
    private PriorityMoves() {
    }

    /**
     * @param occupied every priority in use on the listener when the moves start (after the plan's deletes)
     * @return the batches, in order; each one SetRulePriorities call
     */
    static List<List<RuleStep.PriorityChange>> batches(List<RuleStep.PriorityChange> changes, Set<Integer> occupied) {
        Set<Integer> used = new HashSet<>(occupied);
        List<RuleStep.PriorityChange> pending = new ArrayList<>(changes.stream().filter(c -> c.from() != c.to()).toList());
        // Moves away from the listener's start go highest first; moves towards it, lowest first.
        pending.sort((a, b) -> a.to() > a.from() && b.to() > b.from() ? Integer.compare(b.from(), a.from())
                : Integer.compare(a.from(), b.from()));
        List<List<RuleStep.PriorityChange>> batches = new ArrayList<>();
        while (!pending.isEmpty()) {
            List<RuleStep.PriorityChange> batch = new ArrayList<>();
            Set<Integer> targets = new HashSet<>();
            for (RuleStep.PriorityChange change : pending) {
                if (!used.contains(change.to()) && targets.add(change.to())) {
                    batch.add(change);
                }
            }
            if (batch.isEmpty()) {
                RuleStep.PriorityChange first = pending.remove(0);
                Set<Integer> wanted = new HashSet<>();
                pending.forEach(c -> wanted.add(c.to()));
                wanted.add(first.to());
                int temp = AlbRuleConfig.MAX_PRIORITY;
                while (used.contains(temp) || wanted.contains(temp)) {
                    temp--;
                }
                batch.add(new RuleStep.PriorityChange(first.ruleArn(), first.label(), first.from(), temp));
                pending.add(0, new RuleStep.PriorityChange(first.ruleArn(), first.label(), temp, first.to()));
            } else {
                pending.removeAll(batch);
            }
            for (RuleStep.PriorityChange change : batch) {
                used.remove(change.from());
                used.add(change.to());
            }
            batches.add(batch);
        }
        return batches;
    }
}
