package io.github.sorrysite.core.alb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sorrysite.core.lint.ExistingFiles;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Every artifact is parsed back with a real parser, and its body must equal the inline body byte for byte. */
class AlbArtifactsTest {
    /** Everything that needs escaping somewhere: quotes, backslash, newline, tab, HCL ${ and %{, YAML-ish text, non-BMP. */
    static final String BODY = "<!doctype html><meta charset=utf-8><title>メンテナンス</title><p class=\"a\" data-x='y'>"
            + "${var.x} %{ if x } $$ %% \\n \\ back\\slash\n\tline: - [x] # not a comment & &amp; \uD83D\uDEA7 ' \"";
    static final ObjectMapper JSON = new ObjectMapper();
    static final AlbRuleConfig CONFIG = AlbRuleConfig.defaults();
    static final AlbRuleConfig BYPASS = AlbRuleConfig.defaults().withBypassCidrs(List.of("203.0.113.0/24", "2001:db8::/32"));

    static String artifact(String suffix, AlbRuleConfig config) {
        return new String(AlbArtifacts.of("ja/maintenance.html", FixedResponse.html(503, BODY), config).get(suffix),
                StandardCharsets.UTF_8);
    }

    static void assertSameBytes(String actual) {
        assertArrayEquals(BODY.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fixedResponseConfigJson() throws Exception {
        JsonNode json = JSON.readTree(artifact(".json", CONFIG));
        assertEquals(List.of("StatusCode", "ContentType", "MessageBody"), fieldNames(json));
        assertTrue(json.get("StatusCode").isTextual(), "StatusCode is a string, as the API takes it");
        assertEquals("503", json.get("StatusCode").asText());
        assertEquals("text/html", json.get("ContentType").asText());
        assertSameBytes(json.get("MessageBody").asText());
    }

    @Test
    void cliActionsJson() throws Exception {
        JsonNode json = JSON.readTree(artifact(".cli.json", CONFIG));
        assertTrue(json.isArray());
        assertEquals("fixed-response", json.get(0).get("Type").asText());
        assertEquals("503", json.get(0).get("FixedResponseConfig").get("StatusCode").asText());
        assertSameBytes(json.get(0).get("FixedResponseConfig").get("MessageBody").asText());
    }

    @Test
    void cloudFormationListenerRule() throws Exception {
        JsonNode json = JSON.readTree(artifact(".cfn.json", CONFIG));
        JsonNode rule = json.get("Resources").elements().next();
        assertEquals("AWS::ElasticLoadBalancingV2::ListenerRule", rule.get("Type").asText());
        JsonNode config = rule.get("Properties").get("Actions").get(0).get("FixedResponseConfig");
        assertEquals("503", config.get("StatusCode").asText());
        assertSameBytes(config.get("MessageBody").asText());
        assertEquals("ListenerArn", rule.get("Properties").get("ListenerArn").get("Ref").asText());
        assertEquals(1, json.get("Resources").size(), "no bypass rule without sorry.bypassCidrs");
    }

    @Test
    void cloudFormationBypassRuleForwardsTheCidrs() throws Exception {
        JsonNode json = JSON.readTree(artifact(".cfn.json", BYPASS));
        assertEquals(2, json.get("Resources").size());
        JsonNode bypass = json.get("Resources").elements().next().get("Properties");
        assertEquals("source-ip", bypass.get("Conditions").get(0).get("Field").asText());
        assertEquals("203.0.113.0/24", bypass.get("Conditions").get(0).get("SourceIpConfig").get("Values").get(0).asText());
        assertEquals("forward", bypass.get("Actions").get(0).get("Type").asText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void ingressAnnotationsCarryJsonEscapedBody() throws Exception {
        Map<String, Object> ingress = new Yaml().load(artifact(".ingress.yaml", CONFIG));
        assertEquals("Ingress", ingress.get("kind"));
        Map<String, Object> annotations = (Map<String, Object>) ((Map<String, Object>) ingress.get("metadata")).get("annotations");
        JsonNode action = JSON.readTree((String) annotations.get("alb.ingress.kubernetes.io/actions.sorry"));
        assertEquals("fixed-response", action.get("type").asText());
        assertEquals("503", action.get("fixedResponseConfig").get("statusCode").asText());
        assertEquals("text/html", action.get("fixedResponseConfig").get("contentType").asText());
        assertSameBytes(action.get("fixedResponseConfig").get("messageBody").asText());
        assertFalse(annotations.keySet().stream().anyMatch(k -> k.contains("conditions.")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void ingressBypassConditionListsTheCidrsAndComesFirst() throws Exception {
        Map<String, Object> ingress = new Yaml().load(artifact(".ingress.yaml", BYPASS));
        Map<String, Object> annotations = (Map<String, Object>) ((Map<String, Object>) ingress.get("metadata")).get("annotations");
        JsonNode conditions = JSON.readTree((String) annotations.get("alb.ingress.kubernetes.io/conditions.sorry-bypass"));
        assertEquals("source-ip", conditions.get(0).get("field").asText());
        assertEquals("2001:db8::/32", conditions.get(0).get("sourceIpConfig").get("values").get(1).asText());
        JsonNode forward = JSON.readTree((String) annotations.get("alb.ingress.kubernetes.io/actions.sorry-bypass"));
        assertEquals("app", forward.get("forwardConfig").get("targetGroups").get(0).get("serviceName").asText());
        String yaml = artifact(".ingress.yaml", BYPASS);
        assertTrue(yaml.indexOf("name: sorry-bypass") < yaml.indexOf("name: sorry\n"), "the bypass path must be matched first");
    }

    @Test
    void terraformEscapesInterpolationAndReadsBack() {
        String tf = artifact(".tf", CONFIG);
        assertTrue(tf.contains("$${var.x}"), "${ must be escaped as $${ in HCL");
        assertTrue(tf.contains("%%{ if x }"), "%{ must be escaped as %%{ in HCL");
        assertTrue(tf.contains("resource \"aws_lb_listener_rule\" \"sorry_ja_maintenance\""));
        List<ExistingFiles.Located> found = ExistingFiles.extract(tf, "x.tf", "x.tf");
        assertEquals(1, found.size());
        assertEquals("503", found.get(0).response().statusCode());
        assertEquals("text/html", found.get(0).response().contentType());
        assertSameBytes(found.get(0).response().messageBody());
    }

    @Test
    void hclQuoteRoundTrips() {
        for (String s : List.of("", "plain", "${x}", "$${x}", "%{x}", "a$b%c", "\\\"", "\u0001\u007f", "\uD83D\uDEA7")) {
            String quoted = Hcl.quote(s);
            assertEquals(s, Hcl.unquote(quoted.substring(1, quoted.length() - 1)), quoted);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
