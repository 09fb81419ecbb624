package io.github.sorrysite.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.SorryException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** ELBv2 failures become one line that says what to change. */
class Elbv2ErrorsTest {
    static SorryException translate(String code, int status) {
        AwsServiceException e = AwsServiceException.builder().statusCode(status)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode(code).errorMessage("User: x is not authorized").build()).build();
        return new Elbv2ListenerRules(null, null).errors(e, "creating a rule at priority 1");
    }

    @Test
    void accessDeniedNamesEveryActionSwitchingNeeds() {
        BadInputException e = (BadInputException) translate("AccessDenied", 403);
        assertEquals("sorry.aws.profile", e.where());
        for (String action : Elbv2ListenerRules.ACTIONS) {
            assertTrue(e.getMessage().contains(action), e.getMessage());
        }
        assertTrue(e.getMessage().contains("IAM policy"), e.getMessage());
    }

    @Test
    void missingListenerNamesTheParameter() {
        assertEquals("sorry.alb.listenerArn", ((BadInputException) translate("ListenerNotFound", 400)).where());
        assertEquals("sorry.alb.loadBalancerName", ((BadInputException) translate("LoadBalancerNotFound", 400)).where());
    }

    @Test
    void aCertificateFailureInsideTheCredentialChainSaysHowToTrustTheProxy() {
        SdkClientException e = SdkClientException.create("Unable to load credentials from any of the providers in the chain"
                + " AwsCredentialsProviderChain(...): [WebIdentityTokenCredentialsProvider(): Unable to execute HTTP request:"
                + " PKIX path building failed: unable to find valid certification path to requested target]");
        SorryException translated = new Elbv2ListenerRules(null, null).errors(e, "listing the rules of x");
        assertTrue(translated.getMessage().contains("not trusted") && translated.getMessage().contains("-Djavax.net.ssl.trustStore="),
                translated.getMessage());
    }
}
