package io.github.sorrysite.core.inline;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.alb.FixedResponse;

/**
 * Settings of the inline ALB variant's body, validated in one place. The rules that serve it are
 * {@link io.github.sorrysite.core.alb.AlbRuleConfig}'s.
 *
 * @param strategy how the body is made ({@code sorry.inline.strategy})
 * @param budget the most the body may weigh, in {@code budgetUnit} ({@code sorry.inline.budget}, 1..1024)
 * @param budgetUnit what the budget counts ({@code sorry.inline.budgetUnit})
 */
public record InlineConfig(InlineStrategy strategy, int budget, BudgetUnit budgetUnit) {
    /** The ELBv2 API's limit for a fixed-response MessageBody. */
    public static final int ALB_LIMIT = FixedResponse.MAX_BODY_CHARS;

    public InlineConfig {
        strategy = strategy == null ? InlineStrategy.AUTO : strategy;
        budgetUnit = budgetUnit == null ? BudgetUnit.CHARS : budgetUnit;
        if (budget < 1 || budget > ALB_LIMIT) {
            throw new BadInputException("sorry.inline.budget", budget + " is outside 1.." + ALB_LIMIT,
                    "the ELBv2 API rejects bodies over " + ALB_LIMIT + " characters; use a budget up to " + ALB_LIMIT);
        }
    }

    public static InlineConfig defaults() {
        return new InlineConfig(InlineStrategy.AUTO, ALB_LIMIT, BudgetUnit.CHARS);
    }

    public InlineConfig withStrategy(InlineStrategy s) {
        return new InlineConfig(s, budget, budgetUnit);
    }

    public InlineConfig withBudget(int b, BudgetUnit unit) {
        return new InlineConfig(strategy, b, unit);
    }

    /** "1024 chars" */
    public String budgetText() {
        return budget + " " + budgetUnit.id();
    }
}
