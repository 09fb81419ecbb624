package io.github.sorrysite.core.publish;

import io.github.sorrysite.core.publish.store.CdnInvalidator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A CDN that records what it was asked to invalidate; for tests of the S3 side (CloudFront itself is tested against WireMock). */
public final class RecordingCdn implements CdnInvalidator {
    public record Call(String distributionId, List<String> paths, String callerReference) {
    }

    public final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

    @Override
    public String invalidate(String distributionId, List<String> paths, String callerReference) {
        calls.add(new Call(distributionId, List.copyOf(paths), callerReference));
        return "I" + calls.size();
    }

    @Override
    public String status(String distributionId, String invalidationId) {
        return "Completed";
    }
}
