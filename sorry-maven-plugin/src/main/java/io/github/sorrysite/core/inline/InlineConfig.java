package io.github.sorrysite.core.inline;

import io.github.sorrysite.core.BadInputException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Settings of the inline ALB variant and its deployment artifacts, validated in one place.
 *
 * @param strategy how the body is made ({@code sorry.inline.strategy})
 * @param budget the most the body may weigh, in {@code budgetUnit} ({@code sorry.inline.budget}, 1..1024)
 * @param budgetUnit what the budget counts ({@code sorry.inline.budgetUnit})
 * @param actionName the Ingress action (and rule) name ({@code sorry.alb.actionName})
 * @param bypassCidrs source CIDRs that skip the sorry page ({@code sorry.bypassCidrs})
 * @param bypassService the Kubernetes service:port the bypass forwards to ({@code sorry.alb.bypassService})
 */
public record InlineConfig(InlineStrategy strategy, int budget, BudgetUnit budgetUnit, String actionName,
                           List<String> bypassCidrs, String bypassService) {
    /** The ELBv2 API's limit for a fixed-response MessageBody. */
    public static final int ALB_LIMIT = 1024;
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern IPV4_CIDR = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)/(3[0-2]|[12]?\\d)");
    private static final Pattern IPV6_CIDR = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*/(12[0-8]|1[01]\\d|[1-9]?\\d)");

    public InlineConfig {
        strategy = strategy == null ? InlineStrategy.AUTO : strategy;
        budgetUnit = budgetUnit == null ? BudgetUnit.CHARS : budgetUnit;
        if (budget < 1 || budget > ALB_LIMIT) {
            throw new BadInputException("sorry.inline.budget", budget + " is outside 1.." + ALB_LIMIT,
                    "the ELBv2 API rejects bodies over " + ALB_LIMIT + " characters; use a budget up to " + ALB_LIMIT);
        }
        actionName = actionName == null || actionName.isBlank() ? "sorry" : actionName.strip();
        if (!DNS_LABEL.matcher(actionName).matches()) {
            throw new BadInputException("sorry.alb.actionName", "'" + actionName + "' is not a valid Kubernetes service name",
                    "use lower-case letters, digits and '-', starting with a letter, e.g. sorry");
        }
        bypassCidrs = bypassCidrs == null ? List.of() : bypassCidrs.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String cidr : bypassCidrs) {
            if (!IPV4_CIDR.matcher(cidr).matches() && !IPV6_CIDR.matcher(cidr).matches()) {
                throw new BadInputException("sorry.bypassCidrs", "'" + cidr + "' is not a CIDR block",
                        "write addresses with a prefix length, e.g. 203.0.113.0/24 or 2001:db8::/32, separated by commas");
            }
        }
        if (bypassCidrs.size() > 5) {
            throw new BadInputException("sorry.bypassCidrs", bypassCidrs.size() + " CIDR blocks, but an ALB rule condition takes at most 5",
                    "merge them into wider blocks or keep 5");
        }
        bypassService = bypassService == null || bypassService.isBlank() ? "app:80" : bypassService.strip();
        if (!bypassService.matches("[a-z]([-a-z0-9]*[a-z0-9])?:[A-Za-z0-9-]+")) {
            throw new BadInputException("sorry.alb.bypassService", "'" + bypassService + "' is not service:port",
                    "give the Kubernetes service and port the bypass forwards to, e.g. app:80 or app:http");
        }
    }

    public static InlineConfig defaults() {
        return new InlineConfig(InlineStrategy.AUTO, ALB_LIMIT, BudgetUnit.CHARS, "sorry", List.of(), "app:80");
    }

    public InlineConfig withStrategy(InlineStrategy s) {
        return new InlineConfig(s, budget, budgetUnit, actionName, bypassCidrs, bypassService);
    }

    public InlineConfig withBudget(int b, BudgetUnit unit) {
        return new InlineConfig(strategy, b, unit, actionName, bypassCidrs, bypassService);
    }

    public InlineConfig withBypassCidrs(List<String> cidrs) {
        return new InlineConfig(strategy, budget, budgetUnit, actionName, cidrs, bypassService);
    }

    /** "1024 chars" */
    public String budgetText() {
        return budget + " " + budgetUnit.id();
    }
}
