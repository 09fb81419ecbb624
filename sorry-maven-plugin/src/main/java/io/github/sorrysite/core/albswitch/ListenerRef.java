package io.github.sorrysite.core.albswitch;

import io.github.sorrysite.core.BadInputException;

/**
 * Which listener to switch: its ARN ({@code sorry.alb.listenerArn}), or a load balancer's name
 * ({@code sorry.alb.loadBalancerName}) and the listener's port ({@code sorry.alb.port}).
 */
public record ListenerRef(String listenerArn, String loadBalancerName, int port) {
    public ListenerRef {
        listenerArn = blankToNull(listenerArn);
        loadBalancerName = blankToNull(loadBalancerName);
        if (listenerArn == null && loadBalancerName == null) {
            throw new BadInputException("sorry.alb.listenerArn", "no listener is given",
                    "set -Dsorry.alb.listenerArn=arn:aws:elasticloadbalancing:...:listener/app/NAME/ID/ID, or"
                            + " -Dsorry.alb.loadBalancerName=NAME with -Dsorry.alb.port=443");
        }
        if (listenerArn != null && !listenerArn.matches("arn:aws[a-z-]*:elasticloadbalancing:[^:]*:\\d*:listener/app/.+")) {
            throw new BadInputException("sorry.alb.listenerArn", "'" + listenerArn + "' is not an ALB listener ARN",
                    "copy it from aws elbv2 describe-listeners (arn:aws:elasticloadbalancing:REGION:ACCOUNT:listener/app/NAME/ID/ID)");
        }
        if (listenerArn == null && (port < 1 || port > 65535)) {
            throw new BadInputException("sorry.alb.port", port + " is not a port", "give the listener's port, e.g. 443");
        }
    }

    public String describe() {
        return listenerArn != null ? listenerArn : "load balancer " + loadBalancerName + " port " + port;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
