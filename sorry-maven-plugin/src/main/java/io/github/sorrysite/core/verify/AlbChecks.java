package io.github.sorrysite.core.verify;

import java.util.ArrayList;
import java.util.List;

/** The listener's fixed-response rules: whether one carries a body this build made. */
public final class AlbChecks {
    static final String LINK = "alb";

    private AlbChecks() {
    }

    public static List<Check> check(String listenerArn, List<RuleFacts> rules, ExpectedSite site) {
        List<Check> checks = new ArrayList<>();
        List<RuleFacts> fixed = rules.stream().filter(r -> r.fixedStatus() > 0).toList();
        if (fixed.isEmpty()) {
            checks.add(Check.warning(LINK, listenerArn, "no fixed-response rule: the ALB cannot show the sorry page itself",
                    "deploy a rule from target/sorry/alb/ (e.g. the Terraform or CloudFormation artifact)"));
            return checks;
        }
        for (RuleFacts rule : fixed) {
            String where = "rule " + rule.priority() + (rule.conditions().isEmpty() ? "" : " (" + rule.conditions() + ")");
            var body = site.byDigest(rule.bodySha256()).filter(ExpectedBody::inline);
            if (body.isPresent()) {
                checks.add(Check.ok(LINK, listenerArn, where + " answers " + rule.fixedStatus() + " with " + body.get().describe()));
            } else {
                checks.add(Check.warning(LINK, listenerArn, where + " answers " + rule.fixedStatus() + " with a body this build did not make",
                        "redeploy the rule from target/sorry/alb/ after sorry:build"));
            }
        }
        return checks;
    }
}
