package io.github.sorrysite.core.albswitch;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A listener as read: its rules with their tags, its default action's target groups, and the tags of
 * its load balancer (to tell a controller-managed one).
 */
public record ListenerState(String listenerArn, String loadBalancerArn, String loadBalancerName, Map<String, String> loadBalancerTags,
                            List<LiveRule> rules, List<String> defaultTargetGroups) {
    /** The tags the AWS Load Balancer Controller puts on the load balancers it manages. */
    public static final List<String> CONTROLLER_TAGS = List.of("elbv2.k8s.aws/cluster", "ingress.k8s.aws/stack");

    public ListenerState {
        loadBalancerTags = Map.copyOf(loadBalancerTags);
        rules = rules.stream().sorted(Comparator.comparingInt(LiveRule::priority)).toList();
        defaultTargetGroups = List.copyOf(defaultTargetGroups);
    }

    /** {@code elbv2.k8s.aws/cluster=prod}, when a controller manages the load balancer. */
    public Optional<String> controllerTag() {
        return CONTROLLER_TAGS.stream().filter(loadBalancerTags::containsKey).findFirst().map(k -> k + "=" + loadBalancerTags.get(k));
    }

    public List<LiveRule> owned() {
        return rules.stream().filter(LiveRule::owned).toList();
    }

    public List<LiveRule> others() {
        return rules.stream().filter(r -> !r.owned()).toList();
    }
}
