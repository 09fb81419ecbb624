package io.github.sorrysite.core.publish.planner;

import io.github.sorrysite.core.publish.plan.LocalObject;
import io.github.sorrysite.core.publish.plan.PublishManifest;
import io.github.sorrysite.core.publish.plan.PublishPlan;
import io.github.sorrysite.core.publish.plan.RemoteObject;
import static io.github.sorrysite.core.publish.planner.PublishPlannerTest.DEFAULTS;
import static io.github.sorrysite.core.publish.planner.PublishPlannerTest.md5;
import static io.github.sorrysite.core.publish.planner.PublishPlannerTest.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the manifest claims after an apply: only what the listing and the PUTs verified. No server, no files. */
class PublishManifestTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-01T00:00:01Z");

    private static RemoteObject listed(LocalObject l, String etag, Instant lastModified, String digest) {
        return new RemoteObject(l.key(), l.bytes(), "\"" + etag + "\"", digest, lastModified);
    }

    @Test
    void recordsUnchangedObjectsStillListedAsBeforeAndUploadsListedWithTheirPutEtag() {
        LocalObject same = page("same.html", "<p>same</p>");
        LocalObject touched = page("touched.html", "<p>touched</p>");
        LocalObject upload = page("new.html", "<p>new</p>");
        LocalObject raced = page("raced.html", "<p>raced</p>");
        List<LocalObject> local = List.of(same, touched, upload, raced);
        List<RemoteObject> before = List.of(listed(same, same.md5(), T0, same.digest()), listed(touched, touched.md5(), T0, touched.digest()));
        PublishPlan plan = PublishPlanner.plan("t", local, before, DEFAULTS);
        assertEquals(List.of("same.html", "touched.html"), plan.unchanged());
        List<RemoteObject> after = List.of(
                listed(same, same.md5(), T0, null),
                listed(touched, touched.md5(), T1, null),        // rewritten by someone since it was checked
                listed(upload, "etag-of-put", T1, null),
                listed(raced, "someone-elses", T1, null));       // not what our PUT produced

        Map<String, PublishManifest.Entry> manifest = PublishManifest.after(local, before, plan,
                Map.of("new.html", "\"etag-of-put\"", "raced.html", "etag-of-our-put"), after);

        assertEquals(Map.of(
                "same.html", new PublishManifest.Entry(same.md5(), same.bytes(), T0.toString(), same.digest()),
                "new.html", new PublishManifest.Entry("etag-of-put", upload.bytes(), T1.toString(), upload.digest())), manifest);
        assertEquals(manifest, PublishManifest.parse(PublishManifest.write(manifest)));
    }

    @Test
    void anEntryDescribesOnlyTheExactListing() {
        var entry = new PublishManifest.Entry(md5("x"), 1, T0.toString(), "d");
        assertEquals(true, entry.describes(new RemoteObject("x", 1, md5("x"), null, T0)));
        assertEquals(false, entry.describes(new RemoteObject("x", 1, md5("x"), null, T1)));
        assertEquals(false, entry.describes(new RemoteObject("x", 2, md5("x"), null, T0)));
        assertEquals(false, entry.describes(new RemoteObject("x", 1, md5("y"), null, T0)));
        assertEquals(false, entry.describes(new RemoteObject("x", 1, md5("x"), null, null)));
    }

    @Test
    void rejectsWhatIsNotAManifest() {
        assertThrows(IllegalArgumentException.class, () -> PublishManifest.parse("{ not json".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> PublishManifest.parse("{\"version\":2,\"objects\":{}}".getBytes(StandardCharsets.UTF_8)));
        assertThrows(IllegalArgumentException.class, () -> PublishManifest.parse("null".getBytes(StandardCharsets.UTF_8)));
    }
}
