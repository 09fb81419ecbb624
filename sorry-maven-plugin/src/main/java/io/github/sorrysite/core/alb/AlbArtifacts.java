package io.github.sorrysite.core.alb;

import io.github.sorrysite.core.common.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The deployment artifacts written next to each inline body ({@code alb/<page>.html}): the same
 * fixed response in the shapes the usual tools take it. JSON and YAML are written by Jackson (streaming) and
 * SnakeYAML, so escaping is theirs, never ours; only HCL has its own quoting ({@link Hcl}).
 */
public final class AlbArtifacts {
    private AlbArtifacts() {
    }

    /**
     * Returns file name suffix ({@code .json}, {@code .ingress.yaml}, {@code .cfn.json}, {@code .tf},
     * {@code .cli.json}) to content.
     *
     * @param page the page's output path, e.g. {@code ja/maintenance.html}
     */
    public static Map<String, byte[]> of(String page, FixedResponse response, AlbRuleConfig config) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(".json", bytes(json(fixedResponseConfig(response))));
        files.put(".ingress.yaml", bytes(ingress(page, response, config)));
        files.put(".cfn.json", bytes(cloudFormation(page, response, config)));
        files.put(".tf", bytes(terraform(page, response, config)));
        files.put(".cli.json", bytes(json(List.of(action(response)))));
        return files;
    }

    /** What reads the artifact with {@code suffix}, as the build record names it. */
    public static String kind(String suffix) {
        return switch (suffix) {
            case ".json" -> "json";
            case ".ingress.yaml" -> "ingress";
            case ".cfn.json" -> "cloudformation";
            case ".tf" -> "terraform";
            case ".cli.json" -> "cli";
            default -> throw new IllegalArgumentException("unknown artifact suffix " + suffix);
        };
    }

    /** {@code ja/maintenance.html} becomes {@code ja-maintenance}, usable in resource names. */
    public static String stem(String page) {
        return page.replaceAll("\\.html?$", "").replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase();
    }

    static Map<String, Object> fixedResponseConfig(FixedResponse r) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("StatusCode", r.statusCode());
        config.put("ContentType", r.contentType());
        config.put("MessageBody", r.messageBody());
        return config;
    }

    private static Map<String, Object> action(FixedResponse r) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("Type", "fixed-response");
        action.put("FixedResponseConfig", fixedResponseConfig(r));
        return action;
    }

    static String ingress(String page, FixedResponse r, AlbRuleConfig config) {
        String name = config.actionName();
        String bypass = name + "-bypass";
        Map<String, Object> fixed = new LinkedHashMap<>();
        fixed.put("contentType", r.contentType());
        fixed.put("statusCode", r.statusCode());
        fixed.put("messageBody", r.messageBody());
        Map<String, Object> annotations = new LinkedHashMap<>();
        annotations.put("alb.ingress.kubernetes.io/actions." + name, compact(map("type", "fixed-response", "fixedResponseConfig", fixed)));
        List<Object> paths = new ArrayList<>();
        if (!config.bypassCidrs().isEmpty()) {
            String[] service = config.bypassService().split(":", 2);
            Map<String, Object> targetGroup = map("serviceName", service[0], "servicePort", service[1]);
            annotations.put("alb.ingress.kubernetes.io/actions." + bypass,
                    compact(map("type", "forward", "forwardConfig", map("targetGroups", List.of(targetGroup)))));
            annotations.put("alb.ingress.kubernetes.io/conditions." + bypass,
                    compact(List.of(map("field", "source-ip", "sourceIpConfig", map("values", config.bypassCidrs())))));
            paths.add(path(bypass));
        }
        paths.add(path(name));
        Map<String, Object> metadata = map("name", name + "-" + stem(page), "annotations", annotations);
        Map<String, Object> ingress = new LinkedHashMap<>();
        ingress.put("apiVersion", "networking.k8s.io/v1");
        ingress.put("kind", "Ingress");
        ingress.put("metadata", metadata);
        ingress.put("spec", map("ingressClassName", "alb", "rules", List.of(map("http", map("paths", paths)))));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        String header = "# The ALB fixed response for " + page + " (sorry-maven-plugin).\n"
                + "# Merge the annotations and paths into the Ingress in front of your application (same ALB:\n"
                + "# alb.ingress.kubernetes.io/group.name) or apply it as it is with kubectl apply -f.\n"
                + (config.bypassCidrs().isEmpty() ? "" : "# Sources in " + String.join(", ", config.bypassCidrs())
                + " go on to " + config.bypassService() + " through the " + bypass + " action.\n");
        return header + new Yaml(options).dump(ingress);
    }

    private static Map<String, Object> path(String serviceName) {
        return map("path", "/", "pathType", "Prefix",
                "backend", map("service", map("name", serviceName, "port", map("name", "use-annotation"))));
    }

    static String cloudFormation(String page, FixedResponse r, AlbRuleConfig config) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("ListenerArn", map("Type", "String", "Description", "ARN of the ALB listener (HTTPS) to add the rule to"));
        parameters.put("Priority", map("Type", "Number", "Default", 10, "Description", "Rule priority: lower than the application's rules"));
        Map<String, Object> resources = new LinkedHashMap<>();
        String logical = "SorryRule" + capitalise(stem(page).replace("-", " ")).replace(" ", "");
        if (!config.bypassCidrs().isEmpty()) {
            parameters.put("BypassPriority", map("Type", "Number", "Default", 9, "Description", "Priority of the bypass rule: lower than Priority"));
            parameters.put("BypassTargetGroupArn", map("Type", "String", "Description", "Target group the bypass CIDRs are forwarded to"));
            Map<String, Object> bypassProperties = new LinkedHashMap<>();
            bypassProperties.put("ListenerArn", map("Ref", "ListenerArn"));
            bypassProperties.put("Priority", map("Ref", "BypassPriority"));
            bypassProperties.put("Conditions", List.of(map("Field", "source-ip", "SourceIpConfig", map("Values", config.bypassCidrs()))));
            bypassProperties.put("Actions", List.of(map("Type", "forward", "TargetGroupArn", map("Ref", "BypassTargetGroupArn"))));
            resources.put(logical + "Bypass", map("Type", "AWS::ElasticLoadBalancingV2::ListenerRule", "Properties", bypassProperties));
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("ListenerArn", map("Ref", "ListenerArn"));
        properties.put("Priority", map("Ref", "Priority"));
        properties.put("Conditions", List.of(map("Field", "path-pattern", "PathPatternConfig", map("Values", List.of("/*")))));
        properties.put("Actions", List.of(action(r)));
        resources.put(logical, map("Type", "AWS::ElasticLoadBalancingV2::ListenerRule", "Properties", properties));
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", "ALB fixed response for " + page + " (sorry-maven-plugin)");
        template.put("Parameters", parameters);
        template.put("Resources", resources);
        return json(template);
    }

    static String terraform(String page, FixedResponse r, AlbRuleConfig config) {
        String resource = "sorry_" + stem(page).replace('-', '_');
        StringBuilder tf = new StringBuilder();
        tf.append("# ALB fixed response for ").append(page).append(" (sorry-maven-plugin).\n")
                .append("# Use one page's file per module, or keep the variable blocks in one file only.\n\n")
                .append("variable \"listener_arn\" {\n  type = string\n}\n\n")
                .append("variable \"priority\" {\n  type    = number\n  default = 10\n}\n\n");
        if (!config.bypassCidrs().isEmpty()) {
            tf.append("variable \"bypass_priority\" {\n  type    = number\n  default = 9\n}\n\n")
                    .append("variable \"bypass_target_group_arn\" {\n  type = string\n}\n\n")
                    .append("resource \"aws_lb_listener_rule\" \"").append(resource).append("_bypass\" {\n")
                    .append("  listener_arn = var.listener_arn\n  priority     = var.bypass_priority\n\n")
                    .append("  action {\n    type             = \"forward\"\n    target_group_arn = var.bypass_target_group_arn\n  }\n\n")
                    .append("  condition {\n    source_ip {\n      values = [")
                    .append(String.join(", ", config.bypassCidrs().stream().map(Hcl::quote).toList()))
                    .append("]\n    }\n  }\n}\n\n");
        }
        tf.append("resource \"aws_lb_listener_rule\" \"").append(resource).append("\" {\n")
                .append("  listener_arn = var.listener_arn\n  priority     = var.priority\n\n")
                .append("  action {\n    type = \"fixed-response\"\n\n    fixed_response {\n")
                .append("      content_type = ").append(Hcl.quote(r.contentType())).append('\n')
                .append("      message_body = ").append(Hcl.quote(r.messageBody())).append('\n')
                .append("      status_code  = ").append(Hcl.quote(r.statusCode())).append('\n')
                .append("    }\n  }\n\n")
                .append("  condition {\n    path_pattern {\n      values = [\"/*\"]\n    }\n  }\n}\n");
        return tf.toString();
    }

    private static String capitalise(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            if (!w.isEmpty()) {
                out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(' ');
            }
        }
        return out.toString().strip();
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static String json(Object value) {
        return JsonText.pretty(value);
    }

    private static String compact(Object value) {
        return JsonText.compact(value);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
