package io.github.sorrysite.core.verify;

/**
 * What {@code route53:GetHealthCheckStatus} says: how many of Route 53's checkers see the primary healthy.
 *
 * @param sample one checker's last report, e.g. {@code Failure: HTTP Status Code 503}
 */
public record HealthFacts(String id, int checkers, int healthy, String sample) {
}
