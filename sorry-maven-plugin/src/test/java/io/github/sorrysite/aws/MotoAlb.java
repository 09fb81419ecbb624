package io.github.sorrysite.aws;

import io.github.sorrysite.tools.MotoServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ProtocolEnum;

/**
 * An ALB on moto made through the real SDK, as a user's would be: a VPC with two subnets, the
 * application's target groups, a listener on port 80 whose default action forwards to the app, and
 * two app rules at priorities 1 and 2.
 */
final class MotoAlb {
    static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));

    final String loadBalancerArn;
    final String listenerArn;
    final String appTargetGroup;
    final String apiTargetGroup;
    final List<String> appRules;

    private MotoAlb(String loadBalancerArn, String listenerArn, String appTargetGroup, String apiTargetGroup, List<String> appRules) {
        this.loadBalancerArn = loadBalancerArn;
        this.listenerArn = listenerArn;
        this.appTargetGroup = appTargetGroup;
        this.apiTargetGroup = apiTargetGroup;
        this.appRules = appRules;
    }

    /** Counts the SDK's calls by operation name. */
    static final class CallCounter implements ExecutionInterceptor {
        final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

        @Override
        public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
            calls.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME), k -> new AtomicInteger()).incrementAndGet();
        }

        int count(String operation) {
            AtomicInteger n = calls.get(operation);
            return n == null ? 0 : n.get();
        }

        int writes() {
            return List.of("CreateRule", "ModifyRule", "DeleteRule", "SetRulePriorities", "AddTags", "RemoveTags").stream()
                    .mapToInt(this::count).sum();
        }

        void reset() {
            calls.clear();
        }

        @Override
        public String toString() {
            return new java.util.TreeMap<>(calls).toString();
        }
    }

    static ElasticLoadBalancingV2Client elbv2(MotoServer moto, CallCounter counter) {
        return ElasticLoadBalancingV2Client.builder().httpClientBuilder(ApacheHttpClient.builder()).credentialsProvider(CREDENTIALS)
                .region(Region.US_EAST_1).endpointOverride(moto.endpoint())
                .overrideConfiguration(o -> o.addExecutionInterceptor(counter == null ? new CallCounter() : counter)).build();
    }

    /** @param name the load balancer's name, unique per moto server */
    static MotoAlb create(MotoServer moto, String name, int appRulesFrom) {
        try (Ec2Client ec2 = Ec2Client.builder().httpClientBuilder(ApacheHttpClient.builder()).credentialsProvider(CREDENTIALS)
                .region(Region.US_EAST_1).endpointOverride(moto.endpoint()).build();
             ElasticLoadBalancingV2Client elb = elbv2(moto, null)) {
            String vpc = ec2.createVpc(r -> r.cidrBlock("10.0.0.0/16")).vpc().vpcId();
            String a = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.1.0/24").availabilityZone("us-east-1a")).subnet().subnetId();
            String b = ec2.createSubnet(r -> r.vpcId(vpc).cidrBlock("10.0.2.0/24").availabilityZone("us-east-1b")).subnet().subnetId();
            String lb = elb.createLoadBalancer(r -> r.name(name).subnets(a, b)).loadBalancers().get(0).loadBalancerArn();
            String app = elb.createTargetGroup(r -> r.name(name + "-app").protocol(ProtocolEnum.HTTP).port(8080).vpcId(vpc))
                    .targetGroups().get(0).targetGroupArn();
            String api = elb.createTargetGroup(r -> r.name(name + "-api").protocol(ProtocolEnum.HTTP).port(8081).vpcId(vpc))
                    .targetGroups().get(0).targetGroupArn();
            String listener = elb.createListener(r -> r.loadBalancerArn(lb).protocol(ProtocolEnum.HTTP).port(80)
                    .defaultActions(x -> x.type(ActionTypeEnum.FORWARD).targetGroupArn(app))).listeners().get(0).listenerArn();
            String r1 = elb.createRule(r -> r.listenerArn(listener).priority(appRulesFrom)
                    .conditions(c -> c.field("path-pattern").pathPatternConfig(p -> p.values("/api/*")))
                    .actions(x -> x.type(ActionTypeEnum.FORWARD).targetGroupArn(api))).rules().get(0).ruleArn();
            String r2 = elb.createRule(r -> r.listenerArn(listener).priority(appRulesFrom + 1)
                    .conditions(c -> c.field("host-header").hostHeaderConfig(p -> p.values("admin.example.com")))
                    .actions(x -> x.type(ActionTypeEnum.FORWARD).targetGroupArn(app))).rules().get(0).ruleArn();
            return new MotoAlb(lb, listener, app, api, List.of(r1, r2));
        }
    }
}
