package io.github.sorrysite.core.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The written CloudFront Functions under node's test runner (src/test/js): ES5.1 by acorn with
 * ecmaVersion 5, at most 10 KB, and their handlers on sample events. acorn comes from the npm
 * registry ({@code npm ci} in src/test/js, which .ci/run does).
 */
class CloudFrontFunctionsNodeTest {
    static final Path JS = Path.of("src/test/js").toAbsolutePath();

    @Test
    void theFunctionsMeetTheRuntimeConstraintsAndRouteByLocale(@TempDir Path project) {
        if (!Files.isDirectory(JS.resolve("node_modules/acorn"))) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("run npm ci in " + JS + " (.ci/run does)");
            }
            Assumptions.abort("acorn is not installed: run npm ci in " + JS);
        }
        Path functions = TestInfra.write(project, "Z0123456789ABCDEFGHIJ").resolve("terraform/functions");
        Tools.Run node = Tools.run(JS, Map.of("FUNCTIONS_DIR", functions.toString()), 120, "node", "--test", "cloudfront-functions.test.js");
        assertEquals(0, node.exit(), node.output());
        assertTrue(node.output().contains("# fail 0") && node.output().contains("# pass 7"), node.output());
    }
}
