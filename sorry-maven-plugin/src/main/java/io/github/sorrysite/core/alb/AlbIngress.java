package io.github.sorrysite.core.alb;

import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.common.JsonText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code alb/sorry.ingress.yaml}: one Ingress for the AWS Load Balancer Controller with every rule,
 * its paths in evaluation order. It joins the application's ALB through
 * {@code sorry.alb.ingressGroup} (without it {@code kubectl apply} makes a new ALB, so the build
 * warns), ordered ahead of the application's Ingress. The bypass forwards to
 * {@code sorry.alb.bypassService}, never to a guessed service: without it there is no bypass, with a
 * warning. Annotation values are JSON written with every YAML line break and control character escaped.
 */
final class AlbIngress {
    /** The controller adds a path-pattern condition to every path: one value of the rule's 5. */
    static final int CIDRS_PER_BYPASS = AlbRuleConfig.MAX_CONDITION_VALUES - 1;

    private AlbIngress() {
    }

    static String manifest(List<SorryRule> rules, AlbRuleConfig config, Events events) {
        Map<String, Object> annotations = new LinkedHashMap<>();
        List<Object> paths = new ArrayList<>();
        StringBuilder header = new StringBuilder("# ALB sorry page rules (sorry-maven-plugin) for the AWS Load Balancer Controller, in evaluation\n"
                + "# order: test path < bypass < locale pages < default.\n");
        if (config.ingressGroup() != null) {
            annotations.put("alb.ingress.kubernetes.io/group.name", config.ingressGroup());
            // Lowest order first: these rules go ahead of the application's Ingress (order 0 by default).
            annotations.put("alb.ingress.kubernetes.io/group.order", "-1000");
        } else {
            header.append("# sorry.alb.ingressGroup is not set: kubectl apply of this file makes a new ALB. Rebuild with the\n"
                    + "# application's alb.ingress.kubernetes.io/group.name, or merge the annotations and paths into its Ingress.\n");
            events.info("alb/sorry.ingress.yaml: sorry.alb.ingressGroup is not set, so kubectl apply of it makes a new ALB;"
                    + " set it to the application's alb.ingress.kubernetes.io/group.name");
        }
        for (SorryRule rule : rules) {
            if (rule.forwards()) {
                if (config.bypassService() == null) {
                    header.append("# No bypass: sorry.alb.bypassService (the application's service:port) is not set.\n");
                    events.warn("alb/sorry.ingress.yaml has no bypass for " + String.join(", ", config.bypassCidrs())
                            + ": set sorry.alb.bypassService to the application's Kubernetes service:port");
                    continue;
                }
                String[] service = config.bypassService().split(":", 2);
                Object port = service[1].matches("\\d+") ? Integer.valueOf(service[1]) : service[1];
                List<String> cidrs = config.bypassCidrs();
                for (int i = 0, n = 1; i < cidrs.size(); i += CIDRS_PER_BYPASS, n++) {
                    String name = rule.name() + (cidrs.size() > CIDRS_PER_BYPASS ? "-" + n : "");
                    annotations.put("alb.ingress.kubernetes.io/actions." + name, JsonText.compactForYaml(AlbArtifacts.map("type", "forward",
                            "forwardConfig", AlbArtifacts.map("targetGroups", List.of(AlbArtifacts.map("serviceName", service[0], "servicePort", port))))));
                    annotations.put("alb.ingress.kubernetes.io/conditions." + name, JsonText.compactForYaml(List.of(AlbArtifacts.map(
                            "field", "source-ip", "sourceIpConfig", AlbArtifacts.map("values",
                                    cidrs.subList(i, Math.min(cidrs.size(), i + CIDRS_PER_BYPASS)))))));
                    paths.add(path("/", "Prefix", name));
                }
                header.append("# Sources in ").append(String.join(", ", cidrs)).append(" go on to ").append(config.bypassService()).append(".\n");
                continue;
            }
            FixedResponse r = rule.response();
            annotations.put("alb.ingress.kubernetes.io/actions." + rule.name(), JsonText.compactForYaml(AlbArtifacts.map(
                    "type", "fixed-response", "fixedResponseConfig",
                    AlbArtifacts.map("contentType", r.contentType(), "statusCode", r.statusCode(), "messageBody", r.messageBody()))));
            switch (rule.kind()) {
                case TEST_PATH -> paths.add(path(rule.conditions().get(0).values().get(0), "Exact", rule.name()));
                case LOCALE_PATH -> paths.add(path(rule.conditions().get(0).values().get(0), "Prefix", rule.name()));
                case LOCALE_HEADER -> {
                    RuleCondition c = rule.conditions().get(0);
                    annotations.put("alb.ingress.kubernetes.io/conditions." + rule.name(), JsonText.compactForYaml(List.of(AlbArtifacts.map(
                            "field", "http-header", "httpHeaderConfig", AlbArtifacts.map("httpHeaderName", c.headerName(), "values", c.values())))));
                    paths.add(path("/", "Prefix", rule.name()));
                }
                default -> paths.add(path("/", "Prefix", rule.name()));
            }
        }
        Map<String, Object> metadata = AlbArtifacts.map("name", config.actionName(), "annotations", annotations);
        Map<String, Object> ingress = new LinkedHashMap<>();
        ingress.put("apiVersion", "networking.k8s.io/v1");
        ingress.put("kind", "Ingress");
        ingress.put("metadata", metadata);
        ingress.put("spec", AlbArtifacts.map("ingressClassName", "alb", "rules", List.of(AlbArtifacts.map("http", AlbArtifacts.map("paths", paths)))));
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        return header + new Yaml(options).dump(ingress);
    }

    private static Map<String, Object> path(String path, String type, String serviceName) {
        return AlbArtifacts.map("path", path, "pathType", type,
                "backend", AlbArtifacts.map("service", AlbArtifacts.map("name", serviceName, "port", AlbArtifacts.map("name", "use-annotation"))));
    }
}
