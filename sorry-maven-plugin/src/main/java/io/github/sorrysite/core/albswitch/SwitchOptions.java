package io.github.sorrysite.core.albswitch;

/**
 * What the user allowed the switch to do beyond its own rules.
 *
 * @param targetGroupArn the application's target group for the bypass ({@code sorry.alb.targetGroupArn}), or null to
 *     read it from the listener
 * @param moveRules move the user's rules back when there is no room ahead of them ({@code sorry.alb.moveRules});
 *     {@code sorry:off} moves them back
 * @param allowControllerManaged switch a load balancer the AWS Load Balancer Controller manages
 *     ({@code sorry.alb.allowControllerManaged}), once the controller is scaled to zero
 */
public record SwitchOptions(String targetGroupArn, boolean moveRules, boolean allowControllerManaged) {
    public static SwitchOptions defaults() {
        return new SwitchOptions(null, false, false);
    }
}
