package io.github.sorrysite.core.albswitch;

import io.github.sorrysite.core.BadInputException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which listener to switch: its ARN ({@code sorry.alb.listenerArn}), or a load balancer's name
 * ({@code sorry.alb.loadBalancerName}) and the listener's port ({@code sorry.alb.port}).
 */
public record ListenerRef(String listenerArn, String loadBalancerName, int port) {
    private static final Pattern LISTENER_ARN =
            Pattern.compile("(arn:aws[a-z-]*:elasticloadbalancing:[^:]*:\\d*:)listener/app/([^/]+/[^/]+)/[^/]+");

    public ListenerRef {
        listenerArn = blankToNull(listenerArn);
        loadBalancerName = blankToNull(loadBalancerName);
        if (listenerArn == null && loadBalancerName == null) {
            throw new BadInputException("sorry.alb.listenerArn", "no listener is given",
                    "set -Dsorry.alb.listenerArn=arn:aws:elasticloadbalancing:...:listener/app/NAME/ID/ID, or"
                            + " -Dsorry.alb.loadBalancerName=NAME with -Dsorry.alb.port=443");
        }
        if (listenerArn != null && !LISTENER_ARN.matcher(listenerArn).matches()) {
            throw new BadInputException("sorry.alb.listenerArn", "'" + listenerArn + "' is not an ALB listener ARN",
                    "copy it from aws elbv2 describe-listeners (arn:aws:elasticloadbalancing:REGION:ACCOUNT:listener/app/NAME/ID/ID)");
        }
        if (listenerArn == null && (port < 1 || port > 65535)) {
            throw new BadInputException("sorry.alb.port", port + " is not a port", "give the listener's port, e.g. 443");
        }
    }

    /**
     * The load balancer's ARN, read off the listener's: {@code ...:listener/app/<name>/<lb-id>/<id>} belongs to
     * {@code ...:loadbalancer/app/<name>/<lb-id>} (the ELBv2 resource types in AWS's Service Authorization Reference).
     * Null when the listener is given by load balancer name and port.
     */
    public String loadBalancerArn() {
        if (listenerArn == null) {
            return null;
        }
        Matcher m = LISTENER_ARN.matcher(listenerArn);
        if (!m.matches()) {
            throw new IllegalStateException("checked in the constructor: " + listenerArn);
        }
        return m.group(1) + "loadbalancer/app/" + m.group(2);
    }

    public String describe() {
        return listenerArn != null ? listenerArn : "load balancer " + loadBalancerName + " port " + port;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
