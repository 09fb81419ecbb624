package io.github.sorrysite.core.alb;

import io.github.sorrysite.core.BadInputException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Settings of the ALB listener rules that serve the sorry page, shared by the build's deployment
 * artifacts and the switch goals, validated in one place.
 *
 * @param actionName the Ingress action (and rule) name ({@code sorry.alb.actionName}); a locale page's is {@code <name>-<locale>}
 * @param bypassCidrs source CIDRs that skip the sorry page ({@code sorry.bypassCidrs})
 * @param bypassService the Kubernetes service:port the Ingress bypass forwards to ({@code sorry.alb.bypassService}), or
 *     null: then the Ingress has no bypass (the build warns), never a guessed service
 * @param testPath the always-on test path ({@code sorry.alb.testPath}), e.g. {@code /sorry-test}, or null for none
 * @param testPathPriority the artifacts' priority of the test-path rule ({@code sorry.alb.testPathPriority})
 * @param bypassPriority the artifacts' priority of the bypass rule ({@code sorry.alb.bypassPriority})
 * @param priority the artifacts' priority of the first page rule ({@code sorry.alb.priority}); the other page rules
 *     take the next ones, the default page's catch-all last
 * @param targetGroupArn the application's target group the bypass forwards to ({@code sorry.alb.targetGroupArn}), or null
 * @param ingressGroup the Ingress group of the application's Ingress ({@code sorry.alb.ingressGroup}), or null
 * @param defaultPage the page for every request no locale rule takes ({@code sorry.alb.page}), or null to pick it
 */
public record AlbRuleConfig(String actionName, List<String> bypassCidrs, String bypassService, String testPath,
                            int testPathPriority, int bypassPriority, int priority, String targetGroupArn, String ingressGroup,
                            String defaultPage) {
    /** What an ALB rule takes at most, summed over its conditions' values. */
    public static final int MAX_CONDITION_VALUES = 5;
    public static final int MIN_PRIORITY = 1;
    public static final int MAX_PRIORITY = 50_000;
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z]([-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern IPV4_CIDR = Pattern.compile(
            "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)/(3[0-2]|[12]?\\d)");
    private static final Pattern IPV6_CIDR = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*/(12[0-8]|1[01]\\d|[1-9]?\\d)");
    /** What a path-pattern value may hold (ALB: A-Z a-z 0-9 _ - . $ / ~ " ' @ : + & (using &amp;) * ?), at most 128. */
    private static final Pattern PATH = Pattern.compile("/[A-Za-z0-9_\\-.$/~\"'@:+&*?]{0,127}");

    public AlbRuleConfig {
        actionName = actionName == null || actionName.isBlank() ? "sorry" : actionName.strip();
        if (!DNS_LABEL.matcher(actionName).matches() || actionName.length() > 40) {
            throw new BadInputException("sorry.alb.actionName", "'" + actionName + "' is not a valid Kubernetes service name",
                    "use lower-case letters, digits and '-', starting with a letter, at most 40, e.g. sorry");
        }
        bypassCidrs = bypassCidrs == null ? List.of() : bypassCidrs.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String cidr : bypassCidrs) {
            checkCidr(cidr);
        }
        if (bypassCidrs.size() > MAX_CONDITION_VALUES) {
            throw new BadInputException("sorry.bypassCidrs", bypassCidrs.size() + " CIDR blocks, but an ALB rule takes at most "
                    + MAX_CONDITION_VALUES + " condition values", "merge them into wider blocks or keep " + MAX_CONDITION_VALUES);
        }
        bypassService = bypassService == null || bypassService.isBlank() ? null : bypassService.strip();
        if (bypassService != null && !bypassService.matches("[a-z]([-a-z0-9]*[a-z0-9])?:[A-Za-z0-9-]+")) {
            throw new BadInputException("sorry.alb.bypassService", "'" + bypassService + "' is not service:port",
                    "give the Kubernetes service and port the bypass forwards to, e.g. app:80 or app:http");
        }
        testPath = testPath == null || testPath.isBlank() ? null : testPath.strip();
        if (testPath != null && !PATH.matcher(testPath).matches()) {
            throw new BadInputException("sorry.alb.testPath", "'" + testPath + "' is not an ALB path pattern",
                    "start with / and use at most 128 of A-Z a-z 0-9 _ - . $ / ~ \" ' @ : + & * ?, e.g. /sorry-test");
        }
        checkPriority("sorry.alb.testPathPriority", testPathPriority);
        checkPriority("sorry.alb.bypassPriority", bypassPriority);
        checkPriority("sorry.alb.priority", priority);
        if (testPath != null && !bypassCidrs.isEmpty() && testPathPriority >= bypassPriority) {
            throw new BadInputException("sorry.alb.bypassPriority", bypassPriority + " is not after the test path's "
                    + testPathPriority + ": office addresses would get the application on the test path",
                    "give the test path the lower priority, e.g. testPathPriority 1, bypassPriority 2, priority 3");
        }
        if (!bypassCidrs.isEmpty() && bypassPriority >= priority) {
            throw new BadInputException("sorry.alb.priority", priority + " is not after the bypass's " + bypassPriority
                    + ": the sorry rule would catch the bypass addresses first",
                    "give the bypass the lower priority, e.g. bypassPriority 2, priority 3");
        }
        if (testPath != null && testPathPriority >= priority) {
            throw new BadInputException("sorry.alb.priority", priority + " is not after the test path's " + testPathPriority
                    + ": the catch-all would take the test path's requests", "e.g. testPathPriority 1, priority 3");
        }
        targetGroupArn = targetGroupArn == null || targetGroupArn.isBlank() ? null : targetGroupArn.strip();
        if (targetGroupArn != null && !targetGroupArn.matches("arn:aws[a-z-]*:elasticloadbalancing:[^:]*:\\d*:targetgroup/.+")) {
            throw new BadInputException("sorry.alb.targetGroupArn", "'" + targetGroupArn + "' is not a target group ARN",
                    "copy it from aws elbv2 describe-target-groups (arn:aws:elasticloadbalancing:REGION:ACCOUNT:targetgroup/NAME/ID)");
        }
        ingressGroup = ingressGroup == null || ingressGroup.isBlank() ? null : ingressGroup.strip();
        if (ingressGroup != null && !ingressGroup.matches("[a-z0-9]([-a-z0-9.]{0,61}[a-z0-9])?")) {
            throw new BadInputException("sorry.alb.ingressGroup", "'" + ingressGroup + "' is not an Ingress group name",
                    "use the alb.ingress.kubernetes.io/group.name of the application's Ingress");
        }
        defaultPage = defaultPage == null || defaultPage.isBlank() ? null : defaultPage.strip();
    }

    /** The artifact defaults: test path 1, bypass 2, pages from 3. */
    public static AlbRuleConfig defaults() {
        return new AlbRuleConfig("sorry", List.of(), null, null, 1, 2, 3, null, null, null);
    }

    public AlbRuleConfig(String actionName, List<String> bypassCidrs, String bypassService) {
        this(actionName, bypassCidrs, bypassService, null, 1, 2, 3, null, null, null);
    }

    public AlbRuleConfig withBypassCidrs(List<String> cidrs) {
        return new AlbRuleConfig(actionName, cidrs, bypassService, testPath, testPathPriority, bypassPriority, priority,
                targetGroupArn, ingressGroup, defaultPage);
    }

    public AlbRuleConfig withBypassService(String service) {
        return new AlbRuleConfig(actionName, bypassCidrs, service, testPath, testPathPriority, bypassPriority, priority,
                targetGroupArn, ingressGroup, defaultPage);
    }

    public AlbRuleConfig withTestPath(String path) {
        return new AlbRuleConfig(actionName, bypassCidrs, bypassService, path, testPathPriority, bypassPriority, priority,
                targetGroupArn, ingressGroup, defaultPage);
    }

    public AlbRuleConfig withPriorities(int testPath, int bypass, int first) {
        return new AlbRuleConfig(actionName, bypassCidrs, bypassService, this.testPath, testPath, bypass, first,
                targetGroupArn, ingressGroup, defaultPage);
    }

    public AlbRuleConfig withTargetGroupArn(String arn) {
        return new AlbRuleConfig(actionName, bypassCidrs, bypassService, testPath, testPathPriority, bypassPriority, priority,
                arn, ingressGroup, defaultPage);
    }

    public AlbRuleConfig withIngressGroup(String group) {
        return new AlbRuleConfig(actionName, bypassCidrs, bypassService, testPath, testPathPriority, bypassPriority, priority,
                targetGroupArn, group, defaultPage);
    }

    public AlbRuleConfig withDefaultPage(String page) {
        return new AlbRuleConfig(actionName, bypassCidrs, bypassService, testPath, testPathPriority, bypassPriority, priority,
                targetGroupArn, ingressGroup, page);
    }

    /** Fails with the fix when {@code cidr} is not an IPv4 or IPv6 CIDR block. */
    public static void checkCidr(String cidr) {
        if (!IPV4_CIDR.matcher(cidr).matches() && !IPV6_CIDR.matcher(cidr).matches()) {
            throw new BadInputException("sorry.bypassCidrs", "'" + cidr + "' is not a CIDR block",
                    "write addresses with a prefix length, e.g. 203.0.113.0/24 or 2001:db8::/32, separated by commas");
        }
    }

    static void checkPriority(String where, int priority) {
        if (priority < MIN_PRIORITY || priority > MAX_PRIORITY) {
            throw new BadInputException(where, priority + " is outside " + MIN_PRIORITY + ".." + MAX_PRIORITY,
                    "ALB rule priorities are 1 (evaluated first) to 50000");
        }
    }
}
