package io.github.sorrysite.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.alb.RuleTags;
import io.github.sorrysite.core.albswitch.AlbSwitchConfig;
import io.github.sorrysite.core.albswitch.BuiltPages;
import io.github.sorrysite.core.albswitch.ListenerRef;
import io.github.sorrysite.core.albswitch.RuleSwitch;
import io.github.sorrysite.core.albswitch.SwitchOptions;
import io.github.sorrysite.core.albswitch.SwitchStatus;
import io.github.sorrysite.core.common.Pacer;
import io.github.sorrysite.core.inline.InlineConfig;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.site.SiteBuilder;
import io.github.sorrysite.core.site.SiteConfig;
import io.github.sorrysite.tools.MotoServer;
import io.github.sorrysite.tools.Tools;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.elasticloadbalancingv2.model.Rule;

/**
 * The build's ALB artifacts through the real clients, as written: terraform validate and one apply
 * against moto, cfn-lint, the aws CLI's create-rule with the .cli.json files, kubectl's parser for
 * the Ingress. The default site (two locale pages), bypass CIDRs and a test path, on a listener that
 * already has app rules. Afterwards sorry:status must know the rules as the plugin's.
 */
class AlbArtifactsRealClientsTest {
    static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    static final AlbRuleConfig RULES = AlbRuleConfig.defaults().withBypassCidrs(List.of("203.0.113.0/24", "2001:db8::/32"))
            .withTestPath("/sorry-test").withBypassService("web:80").withIngressGroup("shop");

    @TempDir
    static Path out;
    static MotoServer moto;

    @BeforeAll
    static void build() {
        SiteConfig site = SiteConfig.defaults(PROJECT).withOutputDirectory(out).withCdnBaseUrl("https://d111111abcdef8.cloudfront.net");
        new SiteBuilder(site, InlineConfig.defaults(), RULES.withPriorities(10, 11, 12), Events.SILENT).build();
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
    }

    static MotoServer moto() {
        if (moto == null) {
            moto = MotoServer.start();
        }
        return moto;
    }

    static List<Path> artifacts(String suffix) throws Exception {
        try (Stream<Path> files = Files.walk(out.resolve("alb"))) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    static Map<String, String> terraformEnv(Path dir) throws Exception {
        Path config = dir.resolve("terraform.rc");
        Files.writeString(config, "provider_installation {\n  filesystem_mirror {\n    path    = \"/opt/tf-plugins\"\n"
                + "    include = [\"registry.terraform.io/*/*\"]\n  }\n}\n");
        return Map.of("TF_CLI_CONFIG_FILE", config.toString(), "TF_IN_AUTOMATION", "1", "CHECKPOINT_DISABLE", "1",
                "AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing", "AWS_REGION", "us-east-1");
    }

    static Tools.Result ok(Tools.Result result, String what) {
        assertEquals(0, result.exit(), what + ":\n" + result.output());
        return result;
    }

    static String body(String page) throws Exception {
        return Files.readString(out.resolve("alb").resolve(page), StandardCharsets.UTF_8);
    }

    @Test
    void terraformValidatesEveryTfFile(@TempDir Path work) throws Exception {
        Path terraform = Tools.require("terraform");
        List<Path> files = artifacts(".tf");
        assertEquals(1, files.size(), "one module for every page: " + files);
        for (Path tf : files) {
            Path module = Files.createDirectories(work.resolve(tf.getFileName().toString().replace('.', '-')));
            Files.copy(tf, module.resolve("main.tf"));
            Map<String, String> env = terraformEnv(work);
            ok(Tools.run(module, env, 300, List.of(terraform.toString(), "init", "-backend=false", "-input=false", "-no-color")), "terraform init");
            ok(Tools.run(module, env, 300, List.of(terraform.toString(), "validate", "-no-color")), "terraform validate " + tf);
        }
    }

    @Test
    void terraformApplyAgainstMotoThenStatusKnowsTheRules(@TempDir Path work) throws Exception {
        Path terraform = Tools.require("terraform");
        MotoAlb alb = MotoAlb.create(moto(), "tf", 100);
        Files.copy(out.resolve("alb/sorry.tf"), work.resolve("sorry.tf"));
        Files.writeString(work.resolve("provider.tf"), "provider \"aws\" {\n  region                      = \"us-east-1\"\n"
                + "  access_key                  = \"testing\"\n  secret_key                  = \"testing\"\n"
                + "  skip_credentials_validation = true\n  skip_requesting_account_id  = true\n  skip_metadata_api_check     = true\n"
                + "  endpoints {\n    elbv2 = \"" + moto().endpoint() + "\"\n    elb   = \"" + moto().endpoint() + "\"\n  }\n}\n");
        Map<String, String> env = terraformEnv(work);
        ok(Tools.run(work, env, 300, List.of(terraform.toString(), "init", "-backend=false", "-input=false", "-no-color")), "terraform init");
        List<String> vars = List.of("-var", "listener_arn=" + alb.listenerArn, "-var", "bypass_target_group_arn=" + alb.appTargetGroup);
        List<String> wrong = new ArrayList<>(List.of(terraform.toString(), "plan", "-input=false", "-no-color", "-var", "bypass_priority=30"));
        wrong.addAll(vars);
        Tools.Result refused = Tools.run(work, env, 300, wrong);
        assertNotEquals(0, refused.exit(), refused.output());
        assertTrue(refused.output().contains("must come after bypass"), refused.output());
        List<String> apply = new ArrayList<>(List.of(terraform.toString(), "apply", "-auto-approve", "-input=false", "-no-color"));
        apply.addAll(vars);
        ok(Tools.run(work, env, 600, apply), "terraform apply");

        try (ElasticLoadBalancingV2Client client = MotoAlb.elbv2(moto(), null)) {
            List<Rule> rules = Elbv2SwitchMotoTest.rules(client, alb.listenerArn);
            assertEquals(List.of("10", "11", "12", "13", "14", "100", "101"), rules.stream().map(Rule::priority).toList());
            Map<String, Map<String, String>> tags = Elbv2SwitchMotoTest.tags(client, rules);
            for (Rule rule : rules.subList(0, 5)) {
                String page = tags.get(rule.ruleArn()).get(RuleTags.PAGE);
                if (page != null) {
                    assertArrayEquals(body(page).getBytes(StandardCharsets.UTF_8),
                            rule.actions().get(0).fixedResponseConfig().messageBody().getBytes(StandardCharsets.UTF_8), page);
                }
            }
            SwitchStatus status = status(client, alb.listenerArn);
            assertEquals(SwitchStatus.State.ON, status.state(), String.join("\n", status.lines()));
            assertEquals(4, status.lines().stream().filter(l -> l.contains(" current (")).count(), String.join("\n", status.lines()));
        }
    }

    static SwitchStatus status(ElasticLoadBalancingV2Client client, String listener) {
        AlbSwitchConfig config = new AlbSwitchConfig(new ListenerRef(listener, null, 0), RULES, SwitchOptions.defaults(), false, null, null);
        return new RuleSwitch(new Elbv2ListenerRules(client, null), Events.SILENT, url -> null, Pacer.SYSTEM)
                .status(config, BuiltPages.read(new BuildOutput(PROJECT, out), "sorry:status"));
    }

    @Test
    void cfnLintPassesEveryTemplate() throws Exception {
        Path cfnLint = Tools.require("cfn-lint");
        List<Path> files = artifacts(".cfn.json");
        assertEquals(1, files.size(), files.toString());
        for (Path template : files) {
            ok(Tools.run(out, Map.of(), 300, List.of(cfnLint.toString(), template.toString())), "cfn-lint " + template);
        }
    }

    @Test
    void awsCliCreatesEveryRuleFromTheCliJsonAsWritten() throws Exception {
        Path aws = Tools.require("aws");
        MotoAlb alb = MotoAlb.create(moto(), "cli", 100);
        Map<String, String> env = Map.of("AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing", "AWS_DEFAULT_REGION", "us-east-1",
                "AWS_CONFIG_FILE", "/dev/null", "AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
        List<Path> inputs = artifacts(".cli.json");
        assertEquals(5, inputs.size(), inputs.toString());
        for (Path input : inputs) {
            List<String> command = new ArrayList<>(List.of(aws.toString(), "--endpoint-url", moto().endpoint().toString(), "elbv2", "create-rule",
                    "--listener-arn", alb.listenerArn, "--cli-input-json", "file://" + input));
            if (input.getFileName().toString().equals("bypass.cli.json")) {
                command.addAll(List.of("--actions", "Type=forward,TargetGroupArn=" + alb.appTargetGroup));
            }
            ok(Tools.run(out, env, 120, command), "aws elbv2 create-rule --cli-input-json " + input.getFileName());
        }
        try (ElasticLoadBalancingV2Client client = MotoAlb.elbv2(moto(), null)) {
            List<Rule> rules = Elbv2SwitchMotoTest.rules(client, alb.listenerArn);
            assertEquals(List.of("10", "11", "12", "13", "14", "100", "101"), rules.stream().map(Rule::priority).toList());
            Map<String, String> byPage = new HashMap<>();
            Map<String, Map<String, String>> tags = Elbv2SwitchMotoTest.tags(client, rules);
            for (Rule rule : rules.subList(0, 5)) {
                String page = tags.get(rule.ruleArn()).get(RuleTags.PAGE);
                if (page != null) {
                    byPage.put(rule.ruleArn(), page);
                    assertArrayEquals(body(page).getBytes(StandardCharsets.UTF_8),
                            rule.actions().get(0).fixedResponseConfig().messageBody().getBytes(StandardCharsets.UTF_8), page);
                }
            }
            // the per-page .json is the --actions of modify-rule, as written
            String catchAll = rules.get(4).ruleArn();
            ok(Tools.run(out, env, 120, List.of(aws.toString(), "--endpoint-url", moto().endpoint().toString(), "elbv2", "modify-rule",
                    "--rule-arn", catchAll, "--actions", "file://" + out.resolve("alb/maintenance.json"))), "aws elbv2 modify-rule --actions");
            SwitchStatus status = status(client, alb.listenerArn);
            assertEquals(SwitchStatus.State.ON, status.state(), String.join("\n", status.lines()));
            assertEquals(4, status.lines().stream().filter(l -> l.contains(" current (")).count(), String.join("\n", status.lines()));
        }
    }

    @Test
    void kubectlReadsTheIngress() throws Exception {
        Path kubectl = Tools.require("kubectl");
        Tools.Result parsed = ok(Tools.run(out, Map.of(), 120, List.of(kubectl.toString(), "annotate", "--local", "-f",
                out.resolve("alb/sorry.ingress.yaml").toString(), "checked=yes", "-o", "json")), "kubectl annotate --local");
        com.fasterxml.jackson.databind.JsonNode ingress = new com.fasterxml.jackson.databind.ObjectMapper().readTree(parsed.output());
        String action = ingress.at("/metadata/annotations").get("alb.ingress.kubernetes.io/actions.sorry-ja").asText();
        assertEquals(body("ja/maintenance.html"), new com.fasterxml.jackson.databind.ObjectMapper().readTree(action)
                .at("/fixedResponseConfig/messageBody").asText());
    }
}
