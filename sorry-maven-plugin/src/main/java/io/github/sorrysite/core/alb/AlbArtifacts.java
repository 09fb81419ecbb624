package io.github.sorrysite.core.alb;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.common.JsonText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deployment artifacts of the inline bodies: the rules {@link SorryRules} lays out (test path,
 * bypass, locale pages, default page), in the shapes the usual tools take, each usable as written on
 * a listener that already has rules, with priorities in the order test path < bypass < pages.
 * <ul>
 *   <li>per page, next to its body: {@code alb/<page>.json}, the {@code --actions} of {@code aws elbv2 modify-rule};
 *       {@code alb/<page>.cli.json} (and a locale page's {@code .accept-language.cli.json}), the
 *       {@code --cli-input-json} of {@code aws elbv2 create-rule}, tagged like {@code sorry:on}'s rules;</li>
 *   <li>for the whole site: {@code alb/test-path.cli.json}, {@code alb/bypass.cli.json}, one Terraform module
 *       {@code alb/sorry.tf}, one CloudFormation template {@code alb/sorry.cfn.json} and one Ingress {@code alb/sorry.ingress.yaml}
 *       holding every page, so the pages never compete for a priority or an action name.</li>
 * </ul>
 * JSON and YAML are written by Jackson (streaming) and SnakeYAML; HCL has its own quoting ({@link Hcl}).
 */
public final class AlbArtifacts {
    private AlbArtifacts() {
    }

    /**
     * One file.
     *
     * @param page the page whose body it carries, or "" for a file of the whole site
     * @param path under the output directory, e.g. {@code alb/sorry.tf}
     * @param kind what reads it: {@code actions}, {@code cli}, {@code terraform}, {@code cloudformation}, {@code ingress}
     */
    public record Artifact(String page, String path, String kind, byte[] content) {
    }

    /** A rule with the priority the artifacts give it. */
    record Placed(SorryRule rule, int priority) {
    }

    public static List<Artifact> of(List<SorryRules.InlinePage> pages, AlbRuleConfig config, Events events) {
        if (pages.isEmpty()) {
            return List.of();
        }
        List<Artifact> out = new ArrayList<>();
        for (SorryRules.InlinePage page : pages) {
            String stem = "alb/" + page.page().replaceAll("\\.html?$", "");
            out.add(new Artifact(page.page(), stem + ".json", "actions", bytes(JsonText.pretty(List.of(fixedAction(page.response()))))));
        }
        SorryRules.Layout layout;
        try {
            layout = SorryRules.of(pages, config);
        } catch (BadInputException e) {
            if (!"sorry.alb.page".equals(e.where())) {
                throw e;
            }
            // A site of several unrelated pages still builds; only the rule set needs its default page.
            events.warn("No rule artifacts (alb/sorry.tf, .cfn.json, .ingress.yaml, .cli.json): " + e.getMessage());
            return out;
        }
        List<Placed> placed = place(layout.rules(), config);
        for (Placed p : placed) {
            SorryRule rule = p.rule();
            String path = switch (rule.kind()) {
                case TEST_PATH -> "alb/test-path.cli.json";
                case BYPASS -> "alb/bypass.cli.json";
                case LOCALE_HEADER -> "alb/" + rule.page().replaceAll("\\.html?$", "") + ".accept-language.cli.json";
                default -> "alb/" + rule.page().replaceAll("\\.html?$", "") + ".cli.json";
            };
            out.add(new Artifact(rule.page() == null ? "" : rule.page(), path, "cli", bytes(JsonText.pretty(createRuleInput(p, config)))));
        }
        out.add(new Artifact("", "alb/sorry.tf", "terraform", bytes(AlbTerraform.module(placed, config))));
        out.add(new Artifact("", "alb/sorry.cfn.json", "cloudformation", bytes(cloudFormation(placed, config))));
        out.add(new Artifact("", "alb/sorry.ingress.yaml", "ingress", bytes(AlbIngress.manifest(layout.rules(), config, events))));
        return out;
    }

    /** Test path and bypass at their own priorities, the page rules from {@code priority} on, the catch-all last. */
    static List<Placed> place(List<SorryRule> rules, AlbRuleConfig config) {
        List<Placed> out = new ArrayList<>();
        int next = config.priority();
        for (SorryRule rule : rules) {
            int priority = switch (rule.kind()) {
                case TEST_PATH -> config.testPathPriority();
                case BYPASS -> config.bypassPriority();
                default -> next++;
            };
            AlbRuleConfig.checkPriority("sorry.alb.priority", priority);
            out.add(new Placed(rule, priority));
        }
        return out;
    }

    static Map<String, Object> fixedResponseConfig(FixedResponse r) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("StatusCode", r.statusCode());
        config.put("ContentType", r.contentType());
        config.put("MessageBody", r.messageBody());
        return config;
    }

    static Map<String, Object> fixedAction(FixedResponse r) {
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("Type", "fixed-response");
        action.put("FixedResponseConfig", fixedResponseConfig(r));
        return action;
    }

    /** Conditions as the ELBv2 API (and CloudFormation) spell them. */
    static List<Object> conditions(SorryRule rule) {
        List<Object> out = new ArrayList<>();
        for (RuleCondition c : rule.conditions()) {
            switch (c.field()) {
                case RuleCondition.PATH_PATTERN -> out.add(map("Field", c.field(), "PathPatternConfig", map("Values", c.values())));
                case RuleCondition.SOURCE_IP -> out.add(map("Field", c.field(), "SourceIpConfig", map("Values", c.values())));
                case RuleCondition.HTTP_HEADER -> out.add(map("Field", c.field(), "HttpHeaderConfig",
                        map("HttpHeaderName", c.headerName(), "Values", c.values())));
                default -> out.add(map("Field", c.field(), "Values", c.values()));
            }
        }
        return out;
    }

    /**
     * {@code aws elbv2 create-rule --listener-arn "$LISTENER" --cli-input-json file://...}: priority, conditions, actions
     * and the tags {@code sorry:status} and {@code sorry:off} know the rule by. The bypass has no actions unless
     * {@code sorry.alb.targetGroupArn} was given: then {@code --actions Type=forward,TargetGroupArn=...} goes on the command line.
     */
    static Map<String, Object> createRuleInput(Placed p, AlbRuleConfig config) {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("Priority", p.priority());
        input.put("Conditions", conditions(p.rule()));
        if (p.rule().forwards()) {
            if (config.targetGroupArn() != null) {
                input.put("Actions", List.of(map("Type", "forward", "TargetGroupArn", config.targetGroupArn())));
            }
        } else {
            input.put("Actions", List.of(fixedAction(p.rule().response())));
        }
        List<Object> tags = new ArrayList<>();
        RuleTags.of(p.rule()).forEach((k, v) -> tags.add(map("Key", k, "Value", v)));
        input.put("Tags", tags);
        return input;
    }

    /**
     * One template for every rule. CloudFormation cannot compare numbers, so the priorities are the build's
     * ({@code sorry.alb.testPathPriority}, {@code bypassPriority}, {@code priority}), which the build checks are in order;
     * rebuild to change them. Each rule depends on the one before it, so they are made in evaluation order.
     */
    static String cloudFormation(List<Placed> placed, AlbRuleConfig config) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("ListenerArn", map("Type", "String", "Description", "ARN of the ALB listener to add the rules to"));
        Map<String, Object> resources = new LinkedHashMap<>();
        String previous = null;
        StringBuilder order = new StringBuilder();
        for (Placed p : placed) {
            SorryRule rule = p.rule();
            String logical = "Sorry" + pascal(rule.key());
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("ListenerArn", map("Ref", "ListenerArn"));
            properties.put("Priority", p.priority());
            properties.put("Conditions", conditions(rule));
            if (rule.forwards()) {
                Map<String, Object> tg = new LinkedHashMap<>();
                tg.put("Type", "String");
                tg.put("Description", "the application's target group: the bypass CIDRs are forwarded to it");
                if (config.targetGroupArn() != null) {
                    tg.put("Default", config.targetGroupArn());
                }
                parameters.put("BypassTargetGroupArn", tg);
                properties.put("Actions", List.of(map("Type", "forward", "TargetGroupArn", map("Ref", "BypassTargetGroupArn"))));
            } else {
                properties.put("Actions", List.of(fixedAction(rule.response())));
            }
            Map<String, Object> resource = new LinkedHashMap<>();
            resource.put("Type", "AWS::ElasticLoadBalancingV2::ListenerRule");
            if (previous != null) {
                resource.put("DependsOn", previous);
            }
            resource.put("Properties", properties);
            resources.put(logical, resource);
            previous = logical;
            order.append(order.length() == 0 ? "" : ", ").append(rule.key()).append(' ').append(p.priority());
        }
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("AWSTemplateFormatVersion", "2010-09-09");
        template.put("Description", "ALB sorry page rules (sorry-maven-plugin), in evaluation order: " + order
                + ". Priorities are the build's (sorry.alb.*Priority): rebuild to change them.");
        template.put("Parameters", parameters);
        template.put("Resources", resources);
        return JsonText.pretty(template);
    }

    /** {@code accept-language:ja} becomes {@code AcceptLanguageJa}. */
    static String pascal(String key) {
        StringBuilder out = new StringBuilder();
        for (String w : key.split("[^A-Za-z0-9]+")) {
            if (!w.isEmpty()) {
                out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return out.toString();
    }

    static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
