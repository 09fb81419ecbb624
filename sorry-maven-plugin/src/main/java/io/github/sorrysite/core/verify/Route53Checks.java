package io.github.sorrysite.core.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The domain's failover records: a PRIMARY with a health check (the ALB), a SECONDARY that aliases
 * the distribution, and what the health check sees now.
 */
public final class Route53Checks {
    static final String LINK = "route53";

    private Route53Checks() {
    }

    /**
     * @param distributionDomain the distribution's {@code d111.cloudfront.net}, or null when none is configured
     * @param health reads a health check's status
     */
    public static List<Check> check(String domain, List<RecordFacts> records, String distributionDomain,
                                    Function<String, HealthFacts> health) {
        List<Check> checks = new ArrayList<>();
        List<RecordFacts> failover = records.stream().filter(r -> r.type().equals("A") || r.type().equals("AAAA")).toList();
        Optional<RecordFacts> primary = failover.stream().filter(r -> r.failover().equals("PRIMARY")).findFirst();
        Optional<RecordFacts> secondary = failover.stream().filter(r -> r.failover().equals("SECONDARY")).findFirst();
        if (primary.isEmpty()) {
            checks.add(Check.error(LINK, domain, "no failover PRIMARY record (" + describe(failover) + ")",
                    "create a PRIMARY failover alias record for " + domain + " to the ALB, with a health check (sorry.infra writes it)"));
        } else if (primary.get().healthCheckId().isEmpty() && !primary.get().evaluateTargetHealth()) {
            checks.add(Check.error(LINK, domain, "PRIMARY has no health check and does not evaluate target health: Route 53 never fails over",
                    "attach a health check of the application to the PRIMARY record"));
        } else {
            checks.add(Check.ok(LINK, domain, "PRIMARY " + primary.get().type() + " → " + primary.get().aliasDnsName()
                    + (primary.get().healthCheckId().isEmpty() ? " (evaluates target health)" : " health check " + primary.get().healthCheckId())));
            if (!primary.get().healthCheckId().isEmpty()) {
                HealthFacts h = health.apply(primary.get().healthCheckId());
                String seen = h.healthy() + " of " + h.checkers() + " checkers see the primary healthy";
                if (h.checkers() > 0 && h.healthy() * 2 <= h.checkers()) {
                    checks.add(Check.warning(LINK, h.id(), seen + (h.sample().isEmpty() ? "" : " (" + h.sample() + ")")
                                    + ": Route 53 serves the SECONDARY, the sorry page, now",
                            "that is failover at work if the application is down; otherwise check the health check's path and port"));
                } else {
                    checks.add(Check.ok(LINK, h.id(), seen));
                }
            }
        }
        if (secondary.isEmpty()) {
            checks.add(Check.error(LINK, domain, "no failover SECONDARY record: when the primary fails there is nothing to fail over to",
                    "create a SECONDARY failover alias record for " + domain + " to the CloudFront distribution (sorry.infra writes it)"));
        } else if (distributionDomain != null && !normal(secondary.get().aliasDnsName()).equals(normal(distributionDomain))) {
            checks.add(Check.error(LINK, domain, "SECONDARY points to '" + secondary.get().aliasDnsName() + "', not the distribution "
                    + distributionDomain, "make the SECONDARY an alias of " + distributionDomain + " (hosted zone Z2FDTNDATAQYW2)"));
        } else {
            checks.add(Check.ok(LINK, domain, "SECONDARY " + secondary.get().type() + " → " + secondary.get().aliasDnsName()));
        }
        return checks;
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    }

    private static String describe(List<RecordFacts> records) {
        return records.isEmpty() ? "no A or AAAA record" : records.stream()
                .map(r -> r.type() + (r.failover().isEmpty() ? "" : " " + r.failover())).toList().toString();
    }
}
