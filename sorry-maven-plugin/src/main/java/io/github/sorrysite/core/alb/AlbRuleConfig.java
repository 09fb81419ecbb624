package io.github.sorrysite.core.alb;

import io.github.sorrysite.core.BadInputException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Settings of the ALB listener rules that serve the sorry page, shared by the build's deployment
 * artifacts and the switch goals, validated in one place.
 *
 * @param actionName the Ingress action (and rule) name ({@code sorry.alb.actionName})
 * @param bypassCidrs source CIDRs that skip the sorry page ({@code sorry.bypassCidrs})
 * @param bypassService the Kubernetes service:port the bypass forwards to ({@code sorry.alb.bypassService})
 */
public record AlbRuleConfig(String actionName, List<String> bypassCidrs, String bypassService) {
    /** What an ALB rule condition takes at most, summed over its values. */
    public static final int MAX_CONDITION_VALUES = 5;
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern IPV4_CIDR = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)/(3[0-2]|[12]?\\d)");
    private static final Pattern IPV6_CIDR = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*/(12[0-8]|1[01]\\d|[1-9]?\\d)");

    public AlbRuleConfig {
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
        if (bypassCidrs.size() > MAX_CONDITION_VALUES) {
            throw new BadInputException("sorry.bypassCidrs", bypassCidrs.size() + " CIDR blocks, but an ALB rule condition takes at most "
                    + MAX_CONDITION_VALUES, "merge them into wider blocks or keep " + MAX_CONDITION_VALUES);
        }
        bypassService = bypassService == null || bypassService.isBlank() ? "app:80" : bypassService.strip();
        if (!bypassService.matches("[a-z]([-a-z0-9]*[a-z0-9])?:[A-Za-z0-9-]+")) {
            throw new BadInputException("sorry.alb.bypassService", "'" + bypassService + "' is not service:port",
                    "give the Kubernetes service and port the bypass forwards to, e.g. app:80 or app:http");
        }
    }

    public static AlbRuleConfig defaults() {
        return new AlbRuleConfig("sorry", List.of(), "app:80");
    }

    public AlbRuleConfig withBypassCidrs(List<String> cidrs) {
        return new AlbRuleConfig(actionName, cidrs, bypassService);
    }
}
