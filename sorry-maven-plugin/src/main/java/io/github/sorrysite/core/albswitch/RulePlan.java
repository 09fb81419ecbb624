package io.github.sorrysite.core.albswitch;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code sorry:on} or {@code sorry:off} will do to a listener, decided before anything is
 * changed: every step is one write call with its reason. Empty when the listener is already as
 * wanted, and then nothing is written.
 *
 * @param goal {@code on} or {@code off}
 * @param notes what the plan leaves alone and why (e.g. pages without a rule), for the printed plan
 */
public record RulePlan(String goal, String listenerArn, List<RuleStep> steps, List<String> notes) {
    public RulePlan {
        steps = List.copyOf(steps);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /** The write calls applying the plan makes. */
    public int writeCalls() {
        return steps.size();
    }

    public <T extends RuleStep> List<T> steps(Class<T> kind) {
        return steps.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The plan as printed: a header, one line per step, the notes. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Plan for sorry:" + goal + " on " + listenerArn + ": " + (steps.isEmpty() ? "nothing to change"
                : steps.size() + " write call" + (steps.size() == 1 ? "" : "s")));
        steps.forEach(s -> lines.add("  " + s.describe()));
        notes.forEach(n -> lines.add("  note: " + n));
        return lines;
    }
}
