package io.github.sorrysite.core.publish.apply;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.RecordingListener;
import io.github.sorrysite.core.publish.TestSites;
import io.github.sorrysite.core.publish.plan.PublishPlan;
import io.github.sorrysite.core.publish.store.CdnInvalidator;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Status words compared without case (moto says COMPLETED), unknown ones logged (issue 14, item 7). */
class InvalidateCdnTest {
    private final RecordingListener log = new RecordingListener();
    private final TestSites.FakePacer pacer = new TestSites.FakePacer();

    private static CdnInvalidator answering(String... statuses) {
        Deque<String> left = new ArrayDeque<>(List.of(statuses));
        return new CdnInvalidator() {
            @Override
            public String invalidate(String distributionId, List<String> paths, String callerReference) {
                return "I1";
            }

            @Override
            public String status(String distributionId, String invalidationId) {
                return left.size() > 1 ? left.pop() : left.peek();
            }
        };
    }

    private void run(CdnInvalidator cdn) {
        new InvalidateCdn(cdn, log, pacer, true, Duration.ofMinutes(5)).run(List.of(new PublishPlan.Invalidation("E2TEST", List.of("/a"))), "r");
    }

    @Test
    void completedInAnyCaseEndsTheWait() {
        run(answering("COMPLETED"));
        assertEquals(List.of(), pacer.sleeps);
        assertTrue(log.text().contains("Invalidation I1 on E2TEST: COMPLETED after 0 s"), log.text());
    }

    @Test
    void anUnknownStatusIsLoggedAndTheWaitGoesOn() {
        run(answering("INPROGRESS", "Throttled", "completed"));
        assertEquals(2, pacer.sleeps.size());
        assertTrue(log.text().contains("has the unknown status 'Throttled'"), log.text());
        assertTrue(!log.text().contains("unknown status 'INPROGRESS'"), "InProgress in any case is known: " + log.text());
    }
}
