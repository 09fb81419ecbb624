package io.github.sorrysite.core.albswitch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListenerRefTest {
    /** Listener and load balancer ARNs as the ELBv2 API returns them (the ARN formats of AWS's Service Authorization Reference). */
    @ParameterizedTest
    @CsvSource({
            "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2,"
                    + "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/shop/50dc6c495c0c9188",
            "arn:aws-cn:elasticloadbalancing:cn-north-1:123456789012:listener/app/k8s-web-1a2b3c/0123456789abcdef/fedcba9876543210,"
                    + "arn:aws-cn:elasticloadbalancing:cn-north-1:123456789012:loadbalancer/app/k8s-web-1a2b3c/0123456789abcdef",
            "arn:aws-us-gov:elasticloadbalancing:us-gov-west-1:123456789012:listener/app/a/b/c,"
                    + "arn:aws-us-gov:elasticloadbalancing:us-gov-west-1:123456789012:loadbalancer/app/a/b",
    })
    void theLoadBalancerIsReadOffTheListenerArn(String listener, String loadBalancer) {
        assertEquals(loadBalancer, new ListenerRef(listener, null, 0).loadBalancerArn());
    }

    @ParameterizedTest
    @CsvSource({
            "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/shop/50dc6c495c0c9188",
            "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/net/shop/50dc6c495c0c9188/f2f7dc8efc522ab2",
            "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/shop/50dc6c495c0c9188",
            "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/shop/50dc6c495c0c9188/f2f7/extra",
            "shop",
    })
    void anythingElseIsRefusedNamingTheProperty(String arn) {
        BadInputException e = assertThrows(BadInputException.class, () -> new ListenerRef(arn, null, 0));
        assertEquals("sorry.alb.listenerArn", e.where());
        assertTrue(e.getMessage().contains("describe-listeners"), e.getMessage());
    }

    @Test
    void byNameThereIsNoArnYet() {
        assertNull(new ListenerRef(null, "shop", 443).loadBalancerArn());
    }
}
