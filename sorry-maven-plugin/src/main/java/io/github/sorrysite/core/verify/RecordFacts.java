package io.github.sorrysite.core.verify;

/**
 * One Route 53 record set of the domain.
 *
 * @param failover {@code PRIMARY}, {@code SECONDARY} or "" for a record without a failover policy
 * @param aliasDnsName the alias target's DNS name without the trailing dot, or ""
 * @param healthCheckId the health check, or ""
 */
public record RecordFacts(String name, String type, String setIdentifier, String failover, String aliasDnsName,
                          boolean evaluateTargetHealth, String healthCheckId) {
    public RecordFacts {
        setIdentifier = setIdentifier == null ? "" : setIdentifier;
        failover = failover == null ? "" : failover;
        aliasDnsName = aliasDnsName == null ? "" : aliasDnsName;
        healthCheckId = healthCheckId == null ? "" : healthCheckId;
    }
}
