package io.github.sorrysite.core.alb;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.RecordingListener;
import io.github.sorrysite.core.lint.ExistingFiles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Every artifact is parsed back with a real parser, and its body must equal the inline body byte for byte. */
class AlbArtifactsTest {
    /** Everything that needs escaping somewhere: quotes, backslash, newline, tab, HCL ${ and %{, YAML-ish text, non-BMP. */
    static final String BODY = "<!doctype html><meta charset=utf-8><title>メンテナンス</title><p class=\"a\" data-x='y'>"
            + "${var.x} %{ if x } $$ %% \\n \\ back\\slash\n\tline: - [x] # not a comment & &amp; \uD83D\uDEA7 ' \"";
    static final String EN = "<!doctype html><title>Back soon</title><p>We'll be right back";
    static final ObjectMapper JSON = new ObjectMapper();
    static final AlbRuleConfig CONFIG = AlbRuleConfig.defaults();
    static final AlbRuleConfig FULL = AlbRuleConfig.defaults().withBypassCidrs(List.of("203.0.113.0/24", "2001:db8::/32"))
            .withTestPath("/sorry-test").withBypassService("web:80").withIngressGroup("shop");

    static List<SorryRules.InlinePage> pages(String jaBody) {
        return List.of(new SorryRules.InlinePage("maintenance.html", "en", FixedResponse.html(503, EN), "e".repeat(64)),
                new SorryRules.InlinePage("ja/maintenance.html", "ja", FixedResponse.html(503, jaBody), "f".repeat(64)));
    }

    static String artifact(String path, AlbRuleConfig config) {
        return artifact(path, config, BODY);
    }

    static String artifact(String path, AlbRuleConfig config, String jaBody) {
        return AlbArtifacts.of(pages(jaBody), config, Events.SILENT).stream().filter(a -> a.path().equals(path)).findFirst()
                .map(a -> new String(a.content(), StandardCharsets.UTF_8)).orElseThrow(() -> new AssertionError("no " + path));
    }

    static void assertSameBytes(String actual) {
        assertArrayEquals(BODY.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void actionsJsonIsWhatModifyRuleTakes() throws Exception {
        JsonNode json = JSON.readTree(artifact("alb/ja/maintenance.json", CONFIG));
        assertTrue(json.isArray());
        assertEquals("fixed-response", json.get(0).get("Type").asText());
        JsonNode config = json.get(0).get("FixedResponseConfig");
        assertTrue(config.get("StatusCode").isTextual(), "StatusCode is a string, as the API takes it");
        assertEquals("503", config.get("StatusCode").asText());
        assertSameBytes(config.get("MessageBody").asText());
    }

    @Test
    void cliInputsCoverEveryRuleInOrderAndAreTagged() throws Exception {
        JsonNode test = JSON.readTree(artifact("alb/test-path.cli.json", FULL));
        JsonNode bypass = JSON.readTree(artifact("alb/bypass.cli.json", FULL));
        JsonNode ja = JSON.readTree(artifact("alb/ja/maintenance.cli.json", FULL));
        JsonNode lang = JSON.readTree(artifact("alb/ja/maintenance.accept-language.cli.json", FULL));
        JsonNode main = JSON.readTree(artifact("alb/maintenance.cli.json", FULL));
        assertEquals(List.of(1, 2, 3, 4, 5), List.of(test, bypass, ja, lang, main).stream().map(n -> n.get("Priority").asInt()).toList());
        assertEquals("/sorry-test", test.at("/Conditions/0/PathPatternConfig/Values/0").asText());
        assertEquals("2001:db8::/32", bypass.at("/Conditions/0/SourceIpConfig/Values/1").asText());
        assertFalse(bypass.has("Actions"), "the target group comes from the command line unless sorry.alb.targetGroupArn is set");
        assertEquals("/ja/*", ja.at("/Conditions/0/PathPatternConfig/Values/1").asText());
        assertEquals("Accept-Language", lang.at("/Conditions/0/HttpHeaderConfig/HttpHeaderName").asText());
        assertEquals("/*", main.at("/Conditions/0/PathPatternConfig/Values/0").asText());
        assertSameBytes(ja.at("/Actions/0/FixedResponseConfig/MessageBody").asText());
        assertEquals("sorry-maven-plugin", ja.at("/Tags/0/Value").asText());
        String tg = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/app/0123";
        assertEquals(tg, JSON.readTree(artifact("alb/bypass.cli.json", FULL.withTargetGroupArn(tg))).at("/Actions/0/TargetGroupArn").asText());
    }

    @Test
    void oneCloudFormationTemplateForEveryPageInOrder() throws Exception {
        JsonNode json = JSON.readTree(artifact("alb/sorry.cfn.json", FULL));
        List<String> names = new ArrayList<>();
        json.get("Resources").fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("SorryTestPath", "SorryBypass", "SorryPathJa", "SorryAcceptLanguageJa", "SorryDefault"), names);
        assertEquals(List.of(1, 2, 3, 4, 5), names.stream().map(n -> json.get("Resources").get(n).at("/Properties/Priority").asInt()).toList());
        assertEquals("SorryPathJa", json.at("/Resources/SorryAcceptLanguageJa/DependsOn").asText());
        assertSameBytes(json.at("/Resources/SorryPathJa/Properties/Actions/0/FixedResponseConfig/MessageBody").asText());
        assertTrue(json.at("/Parameters/BypassTargetGroupArn").has("Type"));
        assertEquals(1, JSON.readTree(artifact("alb/sorry.cfn.json", CONFIG)).get("Parameters").size(), "only ListenerArn without a bypass");
    }

    @Test
    void buildPrioritiesOutOfOrderAreRefused() {
        assertEquals("sorry.alb.bypassPriority", assertThrows(BadInputException.class, () -> FULL.withPriorities(2, 2, 3)).where());
        assertEquals("sorry.alb.priority", assertThrows(BadInputException.class, () -> FULL.withPriorities(1, 9, 3)).where());
        assertEquals("sorry.alb.priority", assertThrows(BadInputException.class, () -> FULL.withPriorities(1, 2, 50001)).where());
        String shifted = artifact("alb/sorry.cfn.json", FULL.withPriorities(10, 11, 20));
        assertTrue(shifted.contains("\"Priority\" : 22"), shifted);
    }

    @Test
    @SuppressWarnings("unchecked")
    void ingressHasEveryRuleInOrderAndJoinsTheGroup() throws Exception {
        Map<String, Object> ingress = new Yaml().load(artifact("alb/sorry.ingress.yaml", FULL));
        Map<String, String> annotations = (Map<String, String>) ((Map<String, Object>) ingress.get("metadata")).get("annotations");
        assertEquals("shop", annotations.get("alb.ingress.kubernetes.io/group.name"));
        assertSameBytes(JSON.readTree(annotations.get("alb.ingress.kubernetes.io/actions.sorry-ja")).at("/fixedResponseConfig/messageBody").asText());
        List<Map<String, Object>> paths = (List<Map<String, Object>>) ((Map<String, Object>) ((List<Map<String, Object>>)
                ((Map<String, Object>) ingress.get("spec")).get("rules")).get(0).get("http")).get("paths");
        List<String> order = paths.stream().map(p -> (String) ((Map<String, Object>) ((Map<String, Object>) p.get("backend")).get("service")).get("name")).toList();
        assertEquals(List.of("sorry-test", "sorry-bypass", "sorry-ja", "sorry-ja-lang", "sorry"), order);
        assertEquals("/ja", paths.get(2).get("path"));
        JsonNode forward = JSON.readTree(annotations.get("alb.ingress.kubernetes.io/actions.sorry-bypass"));
        assertEquals("web", forward.at("/forwardConfig/targetGroups/0/serviceName").asText());
    }

    @Test
    @SuppressWarnings("unchecked")
    void ingressBypassIsNeverAPlaceholderAndKeepsFiveValuesARule() throws Exception {
        RecordingListener log = new RecordingListener();
        AlbRuleConfig noService = FULL.withBypassService(null);
        String yaml = new String(AlbArtifacts.of(pages(BODY), noService, log).stream().filter(a -> a.path().endsWith(".ingress.yaml"))
                .findFirst().orElseThrow().content(), StandardCharsets.UTF_8);
        assertFalse(yaml.contains("serviceName") || yaml.contains("app:80"), yaml);
        assertFalse(yaml.contains("actions.sorry-bypass"), yaml);
        assertTrue(log.text().contains("sorry.alb.bypassService"), log.text());
        List<String> five = List.of("203.0.113.0/24", "198.51.100.0/24", "192.0.2.0/24", "2001:db8::/32", "2001:db8:1::/48");
        Map<String, Object> ingress = new Yaml().load(artifact("alb/sorry.ingress.yaml", FULL.withBypassCidrs(five)));
        Map<String, String> annotations = (Map<String, String>) ((Map<String, Object>) ingress.get("metadata")).get("annotations");
        int values = JSON.readTree(annotations.get("alb.ingress.kubernetes.io/conditions.sorry-bypass-1")).at("/0/sourceIpConfig/values").size();
        assertEquals(4, values, "4 CIDRs plus the path the controller adds: 5 values");
        assertEquals(1, JSON.readTree(annotations.get("alb.ingress.kubernetes.io/conditions.sorry-bypass-2")).at("/0/sourceIpConfig/values").size());
    }

    /** Every control character, NEL, LS, PS: through SnakeYAML, then Jackson, the body must be the same. */
    @Test
    @SuppressWarnings("unchecked")
    void yamlEscapesLineBreaksAndControlCharacters() throws Exception {
        List<Integer> chars = new ArrayList<>();
        for (int c = 0; c < 0x20; c++) {
            chars.add(c);
        }
        for (int c = 0x7f; c <= 0x9f; c++) {
            chars.add(c);
        }
        chars.addAll(List.of(0x2028, 0x2029, 0xfeff));
        for (int c : chars) {
            String body = "<p>a" + (char) c + "b";
            Map<String, Object> ingress = new Yaml().load(artifact("alb/sorry.ingress.yaml", FULL, body));
            Map<String, String> annotations = (Map<String, String>) ((Map<String, Object>) ingress.get("metadata")).get("annotations");
            String read = JSON.readTree(annotations.get("alb.ingress.kubernetes.io/actions.sorry-ja")).at("/fixedResponseConfig/messageBody").asText();
            assertEquals(body, read, String.format("U+%04X", c));
        }
    }

    @Test
    void terraformModuleHoldsEveryPageWithOrderChecks() {
        String tf = artifact("alb/sorry.tf", FULL);
        assertTrue(tf.contains("$${var.x}"), "${ must be escaped as $${ in HCL");
        assertTrue(tf.contains("%%{ if x }"), "%{ must be escaped as %%{ in HCL");
        for (String r : List.of("sorry_test_path", "sorry_bypass", "sorry_path_ja", "sorry_accept_language_ja", "sorry_default")) {
            assertTrue(tf.contains("resource \"aws_lb_listener_rule\" \"" + r + "\""), r);
        }
        assertTrue(tf.contains("condition     = var.test_path_priority < var.bypass_priority"), tf);
        assertTrue(tf.contains("condition     = var.bypass_priority < var.priority"), tf);
        assertTrue(tf.contains("priority     = var.priority + 2"), tf);
        List<ExistingFiles.Located> found = ExistingFiles.extract(tf, "x.tf", "x.tf");
        assertEquals(4, found.size());
        assertSameBytes(found.get(1).response().messageBody());
    }

    @Test
    void severalUnrelatedPagesStillBuildWithoutRuleArtifacts() {
        RecordingListener log = new RecordingListener();
        List<SorryRules.InlinePage> two = List.of(new SorryRules.InlinePage("a.html", null, FixedResponse.html(503, EN), "e".repeat(64)),
                new SorryRules.InlinePage("b.html", null, FixedResponse.html(503, EN), "e".repeat(64)));
        List<String> paths = AlbArtifacts.of(two, CONFIG, log).stream().map(AlbArtifacts.Artifact::path).toList();
        assertEquals(List.of("alb/a.json", "alb/b.json"), paths);
        assertTrue(log.text().contains("sorry.alb.page"), log.text());
        assertEquals(List.of("alb/a.json", "alb/b.json", "alb/a.cli.json", "alb/sorry.tf", "alb/sorry.cfn.json", "alb/sorry.ingress.yaml"),
                AlbArtifacts.of(two, CONFIG.withDefaultPage("a.html"), Events.SILENT).stream().map(AlbArtifacts.Artifact::path).toList());
    }

    @Test
    void hclQuoteRoundTrips() {
        for (String s : List.of("", "plain", "${x}", "$${x}", "%{x}", "a$b%c", "\\\"", "\u0001\u007f", "\uD83D\uDEA7")) {
            String quoted = Hcl.quote(s);
            assertEquals(s, Hcl.unquote(quoted.substring(1, quoted.length() - 1)), quoted);
        }
    }
}
