package io.github.sorrysite.aws;

import io.github.sorrysite.core.common.Hashes;
import io.github.sorrysite.core.settings.AwsSettings;
import io.github.sorrysite.core.verify.AwsViews;
import io.github.sorrysite.core.verify.RuleFacts;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition;

/** {@link AwsViews.Listeners} on {@code elasticloadbalancing:DescribeRules}. */
public final class Elbv2ListenerView implements AwsViews.Listeners, AutoCloseable {
    private final ElasticLoadBalancingV2Client client;
    private final String profile;

    Elbv2ListenerView(ElasticLoadBalancingV2Client client, String profile) {
        this.client = client;
        this.profile = profile;
    }

    public static Elbv2ListenerView create(AwsSettings aws) {
        return new Elbv2ListenerView(AwsClients.elbv2(aws, AwsClients.credentials(aws)), aws.profile());
    }

    @Override
    public List<RuleFacts> rules(String listenerArn) {
        List<Rule> rules;
        try {
            rules = client.describeRules(r -> r.listenerArn(listenerArn)).rules();
        } catch (SdkException e) {
            throw AwsReadErrors.of(e, "elasticloadbalancing:DescribeRules", "listener " + listenerArn, profile);
        }
        List<RuleFacts> out = new ArrayList<>();
        for (Rule rule : rules) {
            Action fixed = rule.actions().stream().filter(a -> a.fixedResponseConfig() != null).findFirst().orElse(null);
            int status = fixed == null ? 0 : Integer.parseInt(fixed.fixedResponseConfig().statusCode());
            String body = fixed == null || fixed.fixedResponseConfig().messageBody() == null ? ""
                    : Hashes.sha256(fixed.fixedResponseConfig().messageBody().getBytes(StandardCharsets.UTF_8));
            out.add(new RuleFacts(rule.priority(), Boolean.TRUE.equals(rule.isDefault()), status, body, conditions(rule.conditions())));
        }
        return out;
    }

    private static String conditions(List<RuleCondition> conditions) {
        List<String> parts = new ArrayList<>();
        for (RuleCondition c : conditions) {
            parts.add(c.field() + (c.values() == null || c.values().isEmpty() ? "" : " " + String.join(",", c.values())));
        }
        return String.join("; ", parts);
    }

    @Override
    public void close() {
        client.close();
    }
}
