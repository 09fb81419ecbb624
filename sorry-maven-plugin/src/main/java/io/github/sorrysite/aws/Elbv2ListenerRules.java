package io.github.sorrysite.aws;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.SorryException;
import io.github.sorrysite.core.alb.FixedResponse;
import io.github.sorrysite.core.alb.RuleCondition;
import io.github.sorrysite.core.albswitch.ListenerRef;
import io.github.sorrysite.core.albswitch.ListenerRules;
import io.github.sorrysite.core.albswitch.ListenerState;
import io.github.sorrysite.core.albswitch.LiveRule;
import io.github.sorrysite.core.albswitch.RuleAction;
import io.github.sorrysite.core.common.Background;
import io.github.sorrysite.core.settings.AwsSettings;
import java.io.StringReader;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.xml.stream.XMLInputFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Action;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.DescribeRulesResponse;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.FixedResponseActionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.HttpHeaderConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Listener;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.LoadBalancer;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.PathPatternConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.RulePriorityPair;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.SourceIpConditionConfig;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Tag;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TagDescription;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.TargetGroupTuple;

/**
 * {@link ListenerRules} over the ELBv2 API. Reading a listener given by its ARN costs one DescribeRules
 * page per 400 rules (the listener's default action is its default rule, and the load balancer's ARN
 * is part of the listener's) and one DescribeTags per 20 resources (the rules and the load balancer);
 * given by load balancer name and port, a DescribeLoadBalancers and a DescribeListeners come first.
 * Every write method is one call.
 */
public final class Elbv2ListenerRules implements ListenerRules {
    /** What switching needs, for the access-denied message and the README's policy. */
    public static final List<String> ACTIONS = List.of("elasticloadbalancing:DescribeLoadBalancers",
            "elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeRules", "elasticloadbalancing:DescribeTags",
            "elasticloadbalancing:CreateRule", "elasticloadbalancing:ModifyRule", "elasticloadbalancing:DeleteRule",
            "elasticloadbalancing:SetRulePriorities", "elasticloadbalancing:AddTags", "elasticloadbalancing:RemoveTags");
    private static final int TAGS_PER_CALL = 20;
    private static final int RULES_PER_PAGE = 400;

    private final ClientInBackground<ElasticLoadBalancingV2Client> client;
    private final String profile;
    private ListenerRef prefetchedRef;
    private Background<ListenerState> prefetched;

    public Elbv2ListenerRules(ElasticLoadBalancingV2Client client, String profile) {
        this(ClientInBackground.of(client), profile);
    }

    private Elbv2ListenerRules(ClientInBackground<ElasticLoadBalancingV2Client> client, String profile) {
        this.client = client;
        this.profile = profile;
    }

    /**
     * Starts building the client ({@link AwsClients#elbv2}) on its own thread, so that a cold JVM loads the SDK while
     * the goal reads the build; on a third, the JDK parts every first call needs and the client's build does not
     * touch (the SigV4 digests, the XML reader of the query protocol's answers) are loaded meanwhile, on the other core.
     */
    public static Elbv2ListenerRules create(AwsSettings aws) {
        Background.start("sorry-elbv2-warm-up", Elbv2ListenerRules::warmUp);
        return new Elbv2ListenerRules(ClientInBackground.start("sorry-elbv2-client",
                () -> AwsClients.elbv2(aws, AwsClients.credentials(aws)),
                e -> AwsErrors.client(e, "setting up the ELBv2 client", aws.profile())), aws.profile());
    }

    /** Loads what the first call needs from the JDK; what fails here fails again, where it is reported, in the call. */
    private static Void warmUp() {
        try {
            MessageDigest.getInstance("SHA-256").digest(new byte[1]);
            Mac.getInstance("HmacSHA256").init(new SecretKeySpec(new byte[32], "HmacSHA256"));
            XMLInputFactory.newInstance().createXMLStreamReader(new StringReader("<a/>")).close();
        } catch (Exception | LinkageError e) {
            // only a warm-up
        }
        return null;
    }

    /**
     * Starts reading the listener on its own thread, once the client is built: the goal's first
     * {@link #read} of it then waits for that read instead of starting its own. The goals read the
     * listener once, right after reading the build; this overlaps the two.
     */
    public Elbv2ListenerRules prefetch(ListenerRef ref) {
        prefetchedRef = ref;
        prefetched = Background.start("sorry-elbv2-read", () -> readNow(ref));
        return this;
    }

    @Override
    public ListenerState read(ListenerRef ref) {
        if (prefetched != null && ref.equals(prefetchedRef)) {
            Background<ListenerState> read = prefetched;
            prefetched = null;
            return read.join();
        }
        return readNow(ref);
    }

    private ListenerState readNow(ListenerRef ref) {
        ListenerRef byArn = ref.listenerArn() != null ? ref : call("reading " + ref.describe(), () -> byArn(ref));
        String listenerArn = byArn.listenerArn();
        String lbArn = byArn.loadBalancerArn();
        List<Rule> rules = new ArrayList<>();
        String marker = null;
        do {
            String page = marker;
            DescribeRulesResponse response = call("listing the rules of " + listenerArn, () -> client.get().describeRules(
                    r -> r.listenerArn(listenerArn).pageSize(RULES_PER_PAGE).marker(page)));
            rules.addAll(response.rules());
            marker = response.nextMarker();
        } while (marker != null && !marker.isEmpty());
        List<String> arns = new ArrayList<>();
        arns.add(lbArn);
        rules.stream().filter(r -> !Boolean.TRUE.equals(r.isDefault())).forEach(r -> arns.add(r.ruleArn()));
        Map<String, Map<String, String>> tags = tags(arns);
        List<LiveRule> live = new ArrayList<>();
        List<String> defaultGroups = new ArrayList<>();
        for (Rule rule : rules) {
            if (isDefault(rule)) {
                // The listener's default action: the application's target group, for the bypass.
                actions(rule.actions()).stream().filter(a -> RuleAction.FORWARD.equals(a.type()))
                        .forEach(a -> defaultGroups.addAll(a.targetGroupArns()));
                continue;
            }
            live.add(new LiveRule(rule.ruleArn(), Integer.parseInt(rule.priority()), conditions(rule), actions(rule.actions()),
                    tags.getOrDefault(rule.ruleArn(), Map.of())));
        }
        String lbName = lbArn.replaceAll(".*:loadbalancer/app/([^/]+)/.*", "$1");
        return new ListenerState(listenerArn, lbArn, lbName, tags.getOrDefault(lbArn, Map.of()), live, defaultGroups);
    }

    private static boolean isDefault(Rule rule) {
        return Boolean.TRUE.equals(rule.isDefault()) || "default".equals(rule.priority());
    }

    /** The tags of every resource, {@value #TAGS_PER_CALL} per DescribeTags, the calls after the first on their own threads. */
    private Map<String, Map<String, String>> tags(List<String> arns) {
        List<Background<List<TagDescription>>> others = new ArrayList<>();
        for (int i = TAGS_PER_CALL; i < arns.size(); i += TAGS_PER_CALL) {
            List<String> batch = arns.subList(i, Math.min(arns.size(), i + TAGS_PER_CALL));
            others.add(Background.start("sorry-elbv2-tags", () -> describeTags(batch)));
        }
        List<TagDescription> all = new ArrayList<>(describeTags(arns.subList(0, Math.min(arns.size(), TAGS_PER_CALL))));
        others.forEach(b -> all.addAll(b.join()));
        Map<String, Map<String, String>> tags = new HashMap<>();
        for (TagDescription d : all) {
            Map<String, String> m = new HashMap<>();
            d.tags().forEach(t -> m.put(t.key(), t.value() == null ? "" : t.value()));
            tags.put(d.resourceArn(), m);
        }
        return tags;
    }

    private List<TagDescription> describeTags(List<String> batch) {
        return call("reading tags", () -> client.get().describeTags(r -> r.resourceArns(batch))).tagDescriptions();
    }

    /** The listener of a load balancer name and port, by its ARN. */
    private ListenerRef byArn(ListenerRef ref) {
        ElasticLoadBalancingV2Client elbv2 = client.get();
        List<LoadBalancer> lbs = elbv2.describeLoadBalancers(r -> r.names(ref.loadBalancerName())).loadBalancers();
        String lbArn = lbs.get(0).loadBalancerArn();
        List<Listener> listeners = elbv2.describeListeners(r -> r.loadBalancerArn(lbArn)).listeners();
        return listeners.stream().filter(l -> l.port() != null && l.port() == ref.port())
                .map(l -> new ListenerRef(l.listenerArn(), null, ref.port())).findFirst()
                .orElseThrow(() -> new BadInputException("sorry.alb.port", "load balancer " + ref.loadBalancerName()
                        + " has no listener on port " + ref.port(), "use one of its ports: "
                        + listeners.stream().map(l -> String.valueOf(l.port())).toList()));
    }

    @Override
    public String create(String listenerArn, int priority, List<RuleCondition> conditions, List<RuleAction> actions,
                         Map<String, String> tags) {
        return call("creating a rule at priority " + priority, () -> client.get().createRule(r -> r.listenerArn(listenerArn).priority(priority)
                .conditions(sdkConditions(conditions)).actions(sdkActions(actions)).tags(sdkTags(tags)))).rules().get(0).ruleArn();
    }

    @Override
    public void modify(String ruleArn, List<RuleCondition> conditions, List<RuleAction> actions) {
        call("modifying rule " + ruleArn, () -> client.get().modifyRule(r -> r.ruleArn(ruleArn).conditions(sdkConditions(conditions))
                .actions(sdkActions(actions))));
    }

    @Override
    public void delete(String ruleArn) {
        call("deleting rule " + ruleArn, () -> client.get().deleteRule(r -> r.ruleArn(ruleArn)));
    }

    @Override
    public void setPriorities(Map<String, Integer> priorityByRuleArn) {
        List<RulePriorityPair> pairs = new ArrayList<>();
        priorityByRuleArn.forEach((arn, p) -> pairs.add(RulePriorityPair.builder().ruleArn(arn).priority(p).build()));
        call("setting rule priorities", () -> client.get().setRulePriorities(r -> r.rulePriorities(pairs)));
    }

    @Override
    public void tag(String arn, Map<String, String> tags) {
        call("tagging rule " + arn, () -> client.get().addTags(r -> r.resourceArns(arn).tags(sdkTags(tags))));
    }

    @Override
    public void untag(String arn, List<String> keys) {
        call("untagging rule " + arn, () -> client.get().removeTags(r -> r.resourceArns(arn).tagKeys(keys)));
    }

    @Override
    public void close() {
        if (prefetched != null) {
            prefetched.cancel(); // the goal failed before it read the listener
        }
        client.close();
    }

    static List<RuleCondition> conditions(Rule rule) {
        List<RuleCondition> out = new ArrayList<>();
        for (var c : rule.conditions()) {
            String field = c.field();
            if (RuleCondition.HTTP_HEADER.equals(field) && c.httpHeaderConfig() != null) {
                out.add(RuleCondition.httpHeader(c.httpHeaderConfig().httpHeaderName(), c.httpHeaderConfig().values()));
            } else if (RuleCondition.SOURCE_IP.equals(field) && c.sourceIpConfig() != null && c.sourceIpConfig().hasValues()) {
                out.add(RuleCondition.sourceIp(c.sourceIpConfig().values()));
            } else if (RuleCondition.PATH_PATTERN.equals(field) && c.pathPatternConfig() != null && c.pathPatternConfig().hasValues()) {
                out.add(RuleCondition.pathPattern(c.pathPatternConfig().values()));
            } else if ("host-header".equals(field) && c.hostHeaderConfig() != null && c.hostHeaderConfig().hasValues()) {
                out.add(new RuleCondition(field, null, c.hostHeaderConfig().values()));
            } else {
                out.add(new RuleCondition(String.valueOf(field), null, c.hasValues() ? c.values() : List.of()));
            }
        }
        return out;
    }

    static List<RuleAction> actions(List<Action> actions) {
        List<RuleAction> out = new ArrayList<>();
        for (Action a : actions) {
            String type = a.typeAsString();
            if (RuleAction.FIXED_RESPONSE.equals(type) && a.fixedResponseConfig() != null) {
                FixedResponseActionConfig f = a.fixedResponseConfig();
                out.add(RuleAction.fixed(new FixedResponse(String.valueOf(f.statusCode()), String.valueOf(f.contentType()),
                        f.messageBody() == null ? "" : f.messageBody())));
            } else if (RuleAction.FORWARD.equals(type)) {
                List<String> groups = new ArrayList<>();
                if (a.forwardConfig() != null && a.forwardConfig().hasTargetGroups() && !a.forwardConfig().targetGroups().isEmpty()) {
                    a.forwardConfig().targetGroups().forEach(t -> groups.add(t.targetGroupArn()));
                } else if (a.targetGroupArn() != null) {
                    groups.add(a.targetGroupArn());
                }
                out.add(new RuleAction(type, groups, null));
            } else {
                out.add(new RuleAction(type, List.of(), null));
            }
        }
        return out;
    }

    static List<software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition> sdkConditions(List<RuleCondition> conditions) {
        List<software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition> out = new ArrayList<>();
        for (RuleCondition c : conditions) {
            var b = software.amazon.awssdk.services.elasticloadbalancingv2.model.RuleCondition.builder().field(c.field());
            switch (c.field()) {
                case RuleCondition.PATH_PATTERN -> b.pathPatternConfig(PathPatternConditionConfig.builder().values(c.values()).build());
                case RuleCondition.SOURCE_IP -> b.sourceIpConfig(SourceIpConditionConfig.builder().values(c.values()).build());
                case RuleCondition.HTTP_HEADER -> b.httpHeaderConfig(HttpHeaderConditionConfig.builder()
                        .httpHeaderName(c.headerName()).values(c.values()).build());
                default -> b.values(c.values());
            }
            out.add(b.build());
        }
        return out;
    }

    static List<Action> sdkActions(List<RuleAction> actions) {
        List<Action> out = new ArrayList<>();
        int order = 1;
        for (RuleAction a : actions) {
            var b = Action.builder().type(a.type()).order(order++);
            if (a.fixedResponse() != null) {
                FixedResponse f = a.fixedResponse();
                b.fixedResponseConfig(FixedResponseActionConfig.builder().statusCode(f.statusCode()).contentType(f.contentType())
                        .messageBody(f.messageBody()).build());
            } else if (RuleAction.FORWARD.equals(a.type()) && a.targetGroupArns().size() == 1) {
                b.targetGroupArn(a.targetGroupArns().get(0));
            } else if (RuleAction.FORWARD.equals(a.type())) {
                b.forwardConfig(f -> f.targetGroups(a.targetGroupArns().stream()
                        .map(arn -> TargetGroupTuple.builder().targetGroupArn(arn).build()).toList()));
            }
            out.add(b.build());
        }
        return out;
    }

    static List<Tag> sdkTags(Map<String, String> tags) {
        List<Tag> out = new ArrayList<>();
        tags.forEach((k, v) -> out.add(Tag.builder().key(k).value(v).build()));
        return out;
    }

    private <T> T call(String what, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw errors(e, what);
        }
    }

    SorryException errors(SdkException e, String what) {
        if (e instanceof AwsServiceException service) {
            String code = service.awsErrorDetails() == null ? "" : String.valueOf(service.awsErrorDetails().errorCode());
            String message = service.awsErrorDetails() == null ? String.valueOf(e.getMessage())
                    : String.valueOf(service.awsErrorDetails().errorMessage());
            switch (code) {
                case "AccessDenied", "AccessDeniedException", "UnauthorizedOperation" -> {
                    return new BadInputException("sorry.aws.profile", "access denied " + what + " (" + code + ")",
                            "allow " + String.join(", ", ACTIONS) + " for these credentials (see the README's IAM policy for switching),"
                                    + " or choose other credentials with sorry.aws.profile", e);
                }
                case "ListenerNotFound" -> {
                    return new BadInputException("sorry.alb.listenerArn", "no such listener " + what + " (" + code + ")",
                            "check the ARN and sorry.aws.region (aws elbv2 describe-listeners --load-balancer-arn ...)", e);
                }
                case "LoadBalancerNotFound" -> {
                    return new BadInputException("sorry.alb.loadBalancerName", "no such load balancer " + what + " (" + code + ")",
                            "check the name and sorry.aws.region (aws elbv2 describe-load-balancers)", e);
                }
                case "PriorityInUse" -> {
                    return new InfrastructureException("ELBv2 refused " + what + ": the priority is in use; the listener changed"
                            + " since it was read: run sorry:status, then sorry:on again", e);
                }
                case "InvalidClientTokenId", "SignatureDoesNotMatch", "ExpiredToken", "ExpiredTokenException", "UnrecognizedClientException" -> {
                    return AwsErrors.rejectedCredentials(code, what, profile, e);
                }
                default -> {
                    return new InfrastructureException("ELBv2 failed " + what + ": " + (code.isEmpty() ? "" : code + ", ") + "HTTP "
                            + service.statusCode() + ": " + message, e);
                }
            }
        }
        return AwsErrors.client(e, what, profile);
    }
}
