package io.github.sorrysite.core.verify;

/**
 * One rule of an ALB listener, as {@code elasticloadbalancing:DescribeRules} shows it.
 *
 * @param fixedStatus the fixed response's status, or 0 for a rule of another action
 * @param bodySha256 hex SHA-256 of the fixed response's MessageBody, or ""
 * @param conditions the rule's conditions in one line, for messages
 */
public record RuleFacts(String priority, boolean isDefault, int fixedStatus, String bodySha256, String conditions) {
}
