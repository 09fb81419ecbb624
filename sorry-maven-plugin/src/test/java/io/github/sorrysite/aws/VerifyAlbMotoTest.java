package io.github.sorrysite.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.publish.TestSites;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.BuildReport;
import io.github.sorrysite.core.site.SiteConfig;
import io.github.sorrysite.core.verify.AlbChecks;
import io.github.sorrysite.core.verify.Check;
import io.github.sorrysite.core.verify.ExpectedSite;
import io.github.sorrysite.core.verify.RuleFacts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.ActionTypeEnum;

/**
 * sorry:verify's ALB check through the real ELBv2 adapter against moto: a listener whose sorry rule
 * carries the build's inline body is ok, one with a body of another build warns.
 */
class VerifyAlbMotoTest {
    @Test
    void theListenerRuleWithTheBuiltInlineBodyIsOkAndAStaleOneWarns(@TempDir Path dir) throws Exception {
        SiteConfig site = TestSites.buildDefaultSite(dir.resolve("project"));
        BuildOutput build = BuildOutput.of(site);
        BuildReport report = build.report("sorry:verify");
        BuildReport.InlineEntry inline = report.inlineFor("maintenance.html").orElseThrow();
        String body = Files.readString(site.outputDirectory().resolve(inline.path()), StandardCharsets.UTF_8);
        try (MotoServer moto = MotoServer.start(dir.resolve("moto.log"));
             ElasticLoadBalancingV2Client elb = AwsClients.elbv2(moto.settings(), MotoChain.KEYS)) {
            // The SDK's EC2 module is not a dependency: moto's EC2 Query API takes a plain form post.
            String vpc = ec2(moto, "Action=CreateVpc&CidrBlock=10.0.0.0%2F16", "vpcId");
            String a = ec2(moto, "Action=CreateSubnet&VpcId=" + vpc + "&CidrBlock=10.0.1.0%2F24&AvailabilityZone=us-east-1a", "subnetId");
            String b = ec2(moto, "Action=CreateSubnet&VpcId=" + vpc + "&CidrBlock=10.0.2.0%2F24&AvailabilityZone=us-east-1b", "subnetId");
            String lb = elb.createLoadBalancer(r -> r.name("app").subnets(a, b)).loadBalancers().get(0).loadBalancerArn();
            String listener = elb.createListener(r -> r.loadBalancerArn(lb).port(80).protocol("HTTP").defaultActions(d -> d
                    .type(ActionTypeEnum.FIXED_RESPONSE).fixedResponseConfig(f -> f.statusCode("404").contentType("text/plain"))))
                    .listeners().get(0).listenerArn();
            elb.createRule(r -> r.listenerArn(listener).priority(10).conditions(c -> c.field("path-pattern").values("/*"))
                    .actions(x -> x.type(ActionTypeEnum.FIXED_RESPONSE).fixedResponseConfig(f -> f.statusCode("503")
                            .contentType("text/html").messageBody(body))));

            List<RuleFacts> rules;
            try (Elbv2ListenerView view = MotoChain.elbv2(moto.settings())) {
                rules = view.rules(listener);
            }
            ExpectedSite expected = ExpectedSite.of(build, report);
            List<Check> checks = AlbChecks.check(listener, rules, expected);
            Check sorry = checks.stream().filter(c -> c.message().startsWith("rule 10")).findFirst().orElseThrow();
            assertEquals(Check.Status.OK, sorry.status(), sorry.message());
            assertTrue(sorry.message().contains("answers 503 with the inline ALB body of maintenance.html"), sorry.message());

            String rule = elb.describeRules(r -> r.listenerArn(listener)).rules().stream().filter(r -> "10".equals(r.priority()))
                    .findFirst().orElseThrow().ruleArn();
            elb.modifyRule(r -> r.ruleArn(rule).actions(x -> x.type(ActionTypeEnum.FIXED_RESPONSE).fixedResponseConfig(f -> f
                    .statusCode("503").contentType("text/html").messageBody("<p>an older sorry page</p>"))));
            try (Elbv2ListenerView view = MotoChain.elbv2(moto.settings())) {
                rules = view.rules(listener);
            }
            Check stale = AlbChecks.check(listener, rules, expected).stream().filter(c -> c.message().startsWith("rule 10")).findFirst()
                    .orElseThrow();
            assertEquals(Check.Status.WARNING, stale.status());
            assertTrue(stale.fix().contains("target/sorry/alb/"), stale.fix());
        }
    }

    private static String ec2(MotoServer moto, String form, String field) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(moto.endpoint() + "/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "AWS4-HMAC-SHA256 Credential=testing/20261201/us-east-1/ec2/aws4_request, SignedHeaders=host, Signature=0")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&Version=2016-11-15")).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("<" + field + ">([^<]+)</" + field + ">").matcher(response.body());
        assertTrue(m.find(), response.body());
        return m.group(1);
    }
}
