package io.github.sorrysite.core.alb;

import java.util.List;

/**
 * {@code alb/sorry.tf}: one Terraform module with every rule. The priorities are variables whose
 * defaults are the build's; preconditions refuse an order other than test path < bypass < pages, and
 * the page rules follow {@code var.priority} one by one, so locale pages always come before the catch-all.
 */
final class AlbTerraform {
    private AlbTerraform() {
    }

    static String module(List<AlbArtifacts.Placed> placed, AlbRuleConfig config) {
        boolean test = placed.stream().anyMatch(p -> p.rule().kind() == SorryRule.Kind.TEST_PATH);
        boolean bypass = placed.stream().anyMatch(p -> p.rule().forwards());
        long pageRules = placed.stream().filter(p -> p.rule().response() != null && p.rule().kind() != SorryRule.Kind.TEST_PATH).count();
        StringBuilder tf = new StringBuilder();
        tf.append("# ALB sorry page rules (sorry-maven-plugin), in evaluation order: test path < bypass < locale pages < default.\n")
                .append("# Copy this file into a module of its own. Terraform counts message_body in UTF-8 bytes (at most 1024).\n\n")
                .append("variable \"listener_arn\" {\n  type = string\n}\n\n");
        if (test) {
            tf.append(variable("test_path_priority", config.testPathPriority(), "the test-path rule: lowest of all"));
        }
        if (bypass) {
            tf.append(variable("bypass_priority", config.bypassPriority(), "the bypass: after the test path, before the pages"));
            tf.append("variable \"bypass_target_group_arn\" {\n  type        = string\n  description = \"the application's target group\"\n");
            if (config.targetGroupArn() != null) {
                tf.append("  default     = ").append(Hcl.quote(config.targetGroupArn())).append('\n');
            }
            tf.append("}\n\n");
        }
        tf.append("variable \"priority\" {\n  type        = number\n  default     = ").append(config.priority())
                .append("\n  description = \"the first page rule; the other ").append(pageRules - 1)
                .append(" follow one by one, the catch-all last\"\n\n  validation {\n    condition     = var.priority >= 1 && var.priority + ")
                .append(pageRules - 1).append(" <= 50000\n    error_message = \"ALB priorities are 1..50000.\"\n  }\n}\n\n");
        int offset = 0;
        String previousName = null;
        String previousPriority = null;
        for (AlbArtifacts.Placed p : placed) {
            SorryRule rule = p.rule();
            String resource = "sorry_" + rule.key().replaceAll("[^A-Za-z0-9]+", "_");
            String priority = switch (rule.kind()) {
                case TEST_PATH -> "var.test_path_priority";
                case BYPASS -> "var.bypass_priority";
                default -> offset == 0 ? "var.priority" : "var.priority + " + offset;
            };
            if (rule.kind() != SorryRule.Kind.TEST_PATH && rule.kind() != SorryRule.Kind.BYPASS) {
                offset++;
            }
            tf.append("resource \"aws_lb_listener_rule\" \"").append(resource).append("\" {\n")
                    .append("  listener_arn = var.listener_arn\n  priority     = ").append(priority).append("\n\n");
            if (rule.forwards()) {
                tf.append("  action {\n    type             = \"forward\"\n    target_group_arn = var.bypass_target_group_arn\n  }\n\n");
            } else {
                FixedResponse r = rule.response();
                tf.append("  action {\n    type = \"fixed-response\"\n\n    fixed_response {\n")
                        .append("      content_type = ").append(Hcl.quote(r.contentType())).append('\n')
                        .append("      message_body = ").append(Hcl.quote(r.messageBody())).append('\n')
                        .append("      status_code  = ").append(Hcl.quote(r.statusCode())).append('\n')
                        .append("    }\n  }\n\n");
            }
            for (RuleCondition c : rule.conditions()) {
                String values = String.join(", ", c.values().stream().map(Hcl::quote).toList());
                switch (c.field()) {
                    case RuleCondition.PATH_PATTERN -> tf.append("  condition {\n    path_pattern {\n      values = [").append(values)
                            .append("]\n    }\n  }\n\n");
                    case RuleCondition.SOURCE_IP -> tf.append("  condition {\n    source_ip {\n      values = [").append(values)
                            .append("]\n    }\n  }\n\n");
                    case RuleCondition.HTTP_HEADER -> tf.append("  condition {\n    http_header {\n      http_header_name = ")
                            .append(Hcl.quote(c.headerName())).append("\n      values           = [").append(values).append("]\n    }\n  }\n\n");
                    default -> throw new IllegalStateException("no Terraform condition for " + c.field());
                }
            }
            tf.append("  tags = {\n");
            RuleTags.of(rule).forEach((k, v) -> tf.append("    ").append(Hcl.quote(k)).append(" = ").append(Hcl.quote(v)).append('\n'));
            tf.append("  }\n");
            if (previousName != null) {
                tf.append("\n  lifecycle {\n    precondition {\n      condition     = ").append(previousPriority).append(" < ").append(priority)
                        .append("\n      error_message = \"").append(rule.key()).append(" (").append(priority.replace("\"", ""))
                        .append(") must come after ").append(previousName).append(": test path < bypass < locale pages < default.\"\n")
                        .append("    }\n  }\n");
            }
            tf.append("}\n\n");
            previousName = rule.key();
            previousPriority = priority;
        }
        return tf.toString().stripTrailing() + "\n";
    }

    private static String variable(String name, int value, String description) {
        return "variable \"" + name + "\" {\n  type        = number\n  default     = " + value + "\n  description = \"" + description
                + "\"\n\n  validation {\n    condition     = var." + name + " >= 1 && var." + name
                + " <= 50000\n    error_message = \"ALB priorities are 1..50000.\"\n  }\n}\n\n";
    }
}
