package io.github.sorrysite.core.inline;

import java.util.List;

/** The over-budget message: what each strategy weighed, where the size went, and what to try. */
final class Breakdown {
    private Breakdown() {
    }

    static String describe(List<Candidate> tried, InlineConfig config) {
        StringBuilder out = new StringBuilder();
        boolean single = tried.size() == 1;
        out.append(single ? "the " + tried.get(0).strategy().id() + " inline variant does not fit"
                : "no inline strategy fits").append(" the budget of ").append(config.budgetText())
                .append(" (the ALB limit is ").append(InlineConfig.ALB_LIMIT).append(" characters)");
        for (Candidate c : tried) {
            out.append("\n  ").append(c.strategy().id()).append(": ");
            if (!c.available()) {
                out.append("not possible, ").append(c.unavailable());
                continue;
            }
            int size = c.size().in(config.budgetUnit());
            out.append(c.size()).append(", ").append(size - config.budget()).append(' ').append(config.budgetUnit().id())
                    .append(" over ").append(config.budget());
            if (!c.elements().isEmpty()) {
                out.append("\n    largest elements:");
                c.elements().forEach(e -> out.append("\n      ").append(e.size()).append("  ").append(e.what()));
            }
            if (!c.cssRules().isEmpty()) {
                out.append("\n    largest CSS rules:");
                c.cssRules().forEach(e -> out.append("\n      ").append(e.size()).append("  ").append(e.what()));
            }
        }
        return out.toString();
    }

    static String advice(List<Candidate> tried, InlineConfig config) {
        boolean self = tried.stream().anyMatch(c -> c.strategy() == InlineStrategy.SELF_CONTAINED);
        StringBuilder out = new StringBuilder();
        if (config.strategy() != InlineStrategy.AUTO) {
            out.append("set sorry.inline.strategy=auto to fall back to cdn-linked or frame; ");
        }
        if (self) {
            out.append("remove CSS rules the page does not need or move them to the full page only; ");
        }
        if (tried.stream().anyMatch(c -> c.strategy() == InlineStrategy.FRAME && !c.available())) {
            out.append("set sorry.cdnBaseUrl so the frame strategy can show the CDN-hosted page; ");
        }
        out.append("shorten the text, or drop elements the ALB variant can do without");
        if (config.budgetUnit() == BudgetUnit.BYTES) {
            out.append("; non-ASCII text costs 2-4 bytes per character, so sorry.inline.budgetUnit=chars allows more"
                    + " if you deploy through the API, CloudFormation or the Ingress controller rather than Terraform");
        }
        return out.toString();
    }
}
