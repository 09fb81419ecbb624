package io.github.sorrysite.core.albswitch;

import io.github.sorrysite.core.alb.RuleCondition;
import java.util.List;
import java.util.Map;

/**
 * The port to a load balancer's listener rules (the ELBv2 API in production, moto in tests). Reads
 * are one call each; every write method is exactly one write call, so a plan's step count is its
 * write count.
 */
public interface ListenerRules extends AutoCloseable {
    /** Resolves the listener and reads its rules with their tags, its default action and its load balancer's tags. */
    ListenerState read(ListenerRef ref);

    /** Creates a rule with its tags in one call, and returns its ARN. */
    String create(String listenerArn, int priority, List<RuleCondition> conditions, List<RuleAction> actions, Map<String, String> tags);

    /** Replaces a rule's conditions and actions. */
    void modify(String ruleArn, List<RuleCondition> conditions, List<RuleAction> actions);

    void delete(String ruleArn);

    /** Sets several rules' priorities in one call; no target priority is in use when it is made. */
    void setPriorities(Map<String, Integer> priorityByRuleArn);

    /** Adds (or overwrites) tags on one rule. */
    void tag(String arn, Map<String, String> tags);

    void untag(String arn, List<String> keys);

    @Override
    void close();
}
