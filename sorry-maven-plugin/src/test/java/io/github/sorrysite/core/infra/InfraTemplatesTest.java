package io.github.sorrysite.core.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The written templates pass the real validators: cfn-lint, and terraform validate with the mirrored aws provider. */
class InfraTemplatesTest {
    @Test
    void theCloudFormationTemplatePassesCfnLint(@TempDir Path project) throws Exception {
        Path infra = TestInfra.write(project, "Z0123456789ABCDEFGHIJ");
        Path template = infra.resolve(CloudFormationTemplate.FILE);
        Tools.Run lint = Tools.run(infra, "cfn-lint", "--regions", "us-east-1", "--", template.toString());
        assertEquals(0, lint.exit(), lint.output());
        String json = Files.readString(template);
        assertTrue(json.contains("\"ResponsePagePath\" : \"/maintenance.html\""), json);
        assertTrue(json.contains("\"PathPattern\" : \"sorrycontent/*\""), json);
    }

    @Test
    void aBrokenTemplateFailsCfnLint(@TempDir Path project) throws Exception {
        Path infra = TestInfra.write(project, "Z0123456789ABCDEFGHIJ");
        Path template = infra.resolve(CloudFormationTemplate.FILE);
        Files.writeString(template, Files.readString(template).replace("\"ViewerProtocolPolicy\" : \"redirect-to-https\"",
                "\"ViewerProtocolPolicy\" : \"sometimes-https\""));
        Tools.Run lint = Tools.run(infra, "cfn-lint", "--regions", "us-east-1", "--", template.toString());
        assertTrue(lint.exit() != 0 && lint.output().contains("sometimes-https"), lint.output());
    }

    @Test
    void theTerraformModuleValidates(@TempDir Path project) {
        Path infra = TestInfra.write(project, "Z0123456789ABCDEFGHIJ");
        Path module = infra.resolve("terraform");
        Map<String, String> env = Tools.terraformEnv(project);
        Tools.Run init = Tools.run(module, env, 300, "terraform", "init", "-backend=false", "-input=false", "-no-color");
        assertEquals(0, init.exit(), init.output());
        Tools.Run validate = Tools.run(module, env, 300, "terraform", "validate", "-no-color");
        assertEquals(0, validate.exit(), validate.output());
        assertTrue(validate.output().contains("The configuration is valid"), validate.output());
    }
}
