package io.github.sorrysite.core.albswitch;

import io.github.sorrysite.core.alb.FixedResponse;
import java.util.List;

/**
 * One action of a listener rule, as read or as wanted: a fixed response, a forward to target groups,
 * or anything else (kept only by its type, since the plugin never writes one).
 */
public record RuleAction(String type, List<String> targetGroupArns, FixedResponse fixedResponse) {
    public static final String FIXED_RESPONSE = "fixed-response";
    public static final String FORWARD = "forward";

    public RuleAction {
        targetGroupArns = targetGroupArns == null ? List.of() : List.copyOf(targetGroupArns);
    }

    public static RuleAction fixed(FixedResponse response) {
        return new RuleAction(FIXED_RESPONSE, List.of(), response);
    }

    public static RuleAction forward(String targetGroupArn) {
        return new RuleAction(FORWARD, List.of(targetGroupArn), null);
    }

    public String describe() {
        if (FIXED_RESPONSE.equals(type) && fixedResponse != null) {
            return "fixed-response " + fixedResponse.statusCode() + " " + fixedResponse.contentType() + " ("
                    + fixedResponse.messageBody().length() + " chars)";
        }
        if (FORWARD.equals(type)) {
            return "forward " + String.join(", ", targetGroupArns.stream().map(RuleAction::shortArn).toList());
        }
        return type;
    }

    /** {@code targetgroup/app/0123} instead of the whole ARN. */
    static String shortArn(String arn) {
        int colon = arn.lastIndexOf(':');
        return colon < 0 ? arn : arn.substring(colon + 1);
    }
}
