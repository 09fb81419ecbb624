package io.github.sorrysite.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.common.JsonFields;
import io.github.sorrysite.core.common.JsonText;
import io.github.sorrysite.core.infra.TestInfra;
import io.github.sorrysite.core.infra.Tools;
import io.github.sorrysite.core.publish.PublishTarget;
import io.github.sorrysite.core.site.BuildOutput;
import io.github.sorrysite.core.verify.Check;
import io.github.sorrysite.core.verify.ExpectedSite;
import io.github.sorrysite.core.verify.HttpFetcher;
import io.github.sorrysite.core.verify.TlsInspector;
import io.github.sorrysite.core.verify.Verifier;
import io.github.sorrysite.core.verify.VerifyConfig;
import io.github.sorrysite.core.verify.VerifyPorts;
import io.github.sorrysite.core.verify.VerifyResult;
import io.github.sorrysite.core.verify.VerifyText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.route53.Route53Client;

/**
 * The Terraform module sorry:build writes, applied for real against moto_server, then proved by
 * sorry:verify's AWS checks. moto's known gaps, stated here because the test works around them:
 * it has no CloudFront Functions or response headers policy API (so this apply sets
 * viewer_functions and response_headers_policy to false; cfn-lint, terraform validate and the node
 * test cover those parts), it drops the origin access control id of an origin (so that check warns),
 * it reports every health check healthy, and it says every ACM certificate is DNS-validated and
 * INELIGIBLE (VerifyAwsStandInTest shows the other answers).
 */
class TerraformMotoApplyTest {
    @Test
    void theAppliedModulePassesSorryVerify(@TempDir Path project) throws Exception {
        try (MotoServer moto = MotoServer.start(project.resolve("moto.log"))) {
            String zoneId;
            try (Route53Client r53 = AwsClients.route53(moto.settings(), MotoChain.KEYS)) {
                zoneId = r53.createHostedZone(r -> r.name("example.com").callerReference("tf")).hostedZone().id().replace("/hostedzone/", "");
            }
            Path module = TestInfra.write(project.resolve("site"), zoneId).resolve("terraform");
            Files.writeString(module.resolve("moto_override.tf"), providers(moto.endpoint()), StandardCharsets.UTF_8);
            Map<String, String> env = Tools.terraformEnv(project);
            Tools.Run init = Tools.run(module, env, 300, "terraform", "init", "-backend=false", "-input=false", "-no-color");
            assertEquals(0, init.exit(), init.output());
            Tools.Run apply = Tools.run(module, env, 600, "terraform", "apply", "-auto-approve", "-input=false", "-no-color",
                    "-var", "viewer_functions=false", "-var", "response_headers_policy=false");
            assertEquals(0, apply.exit(), apply.output());
            Tools.Run output = Tools.run(module, env, 120, "terraform", "output", "-json", "-no-color");
            assertEquals(0, output.exit(), output.output());
            JsonFields outputs = JsonFields.of(JsonText.parse(output.output().getBytes(StandardCharsets.UTF_8)), "terraform output");
            String distributionId = JsonFields.of(outputs.object().get("distribution_id"), "distribution_id").string("value");

            BuildOutput build = new BuildOutput(project.resolve("site"), project.resolve("site/target/sorry"));
            VerifyConfig config = new VerifyConfig(List.of(), 30, false, List.of(distributionId), zoneId, TestInfra.DOMAIN, null,
                    PublishTarget.parse("s3://" + TestInfra.BUCKET + "/sorry"), 300, List.of());
            HttpFetcher noHttp = (url, origin) -> {
                throw new AssertionError("no URL is configured");
            };
            TlsInspector noTls = (host, port) -> {
                throw new AssertionError("no URL is configured");
            };
            VerifyResult result;
            try (var cf = MotoChain.cloudFront(moto.settings()); var acm = MotoChain.acm(moto.settings());
                 var r53 = MotoChain.route53(moto.settings())) {
                result = new Verifier(config, ExpectedSite.of(build, build.report("sorry:verify")), new VerifyPorts(noHttp, noTls, cf, acm, r53, null),
                        Instant.now()).verify();
            }
            result.checks().forEach(c -> System.out.println(VerifyText.line(c) + (c.fix().isEmpty() ? "" : "\n" + VerifyText.fix(c))));
            System.out.println(result.summary());
            assertFalse(result.failed(false), result.summary());
            for (String expected : List.of("403 → /maintenance.html with 503", "404 → /maintenance.html with 503", "aliases include sorry.example.com",
                    "covers sorry.example.com", "validated by DNS (renews by itself while in use)")) {
                assertTrue(result.checks().stream().anyMatch(c -> c.status() == Check.Status.OK && c.message().equals(expected)), expected);
            }
            assertTrue(result.checks().stream().anyMatch(c -> c.status() == Check.Status.OK && c.message().startsWith("PRIMARY A → " + TestInfra.ALB)));
            assertTrue(result.checks().stream().anyMatch(c -> c.status() == Check.Status.OK && c.message().startsWith("SECONDARY A → ")));
            assertTrue(result.checks().stream().anyMatch(c -> c.status() == Check.Status.OK && c.message().startsWith("origin " + TestInfra.BUCKET)
                    && c.message().endsWith("path /sorry")));
        }
    }

    /** The module's two providers pointed at moto: Terraform merges *_override.tf files into the blocks they name. */
    static String providers(String endpoint) {
        String block = """
                  access_key                  = "testing"
                  secret_key                  = "testing"
                  skip_credentials_validation = true
                  skip_requesting_account_id  = true
                  skip_metadata_api_check     = true
                  s3_use_path_style           = true
                  endpoints {
                    s3         = "%1$s"
                    cloudfront = "%1$s"
                    route53    = "%1$s"
                    acm        = "%1$s"
                    sts        = "%1$s"
                    iam        = "%1$s"
                  }
                """.formatted(endpoint);
        return "provider \"aws\" {\n" + block + "}\n\nprovider \"aws\" {\n  alias = \"us_east_1\"\n" + block + "}\n";
    }
}
