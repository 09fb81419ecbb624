package io.github.sorrysite.core.publish.planner;

import io.github.sorrysite.core.publish.plan.LocalObject;
import io.github.sorrysite.core.publish.plan.ObjectHeaders;
import io.github.sorrysite.core.publish.plan.ObjectKind;
import io.github.sorrysite.core.publish.plan.PlanOptions;
import io.github.sorrysite.core.publish.plan.PublishPlan;
import io.github.sorrysite.core.publish.plan.RemoteObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The planner's rules as a table: what is local, what is remote, which options, and the one outcome. No server, no files. */
class PublishPlannerTest {
    private static final ObjectHeaders PAGE = new ObjectHeaders("text/html; charset=utf-8", "max-age=60");
    private static final ObjectHeaders PAGE_NO_STORE = new ObjectHeaders("text/html; charset=utf-8", "no-store");
    private static final ObjectHeaders CSS = new ObjectHeaders("text/css; charset=utf-8", "max-age=31536000, immutable");
    private static final ObjectHeaders CSS_AS_TEXT = new ObjectHeaders("text/plain; charset=utf-8", "max-age=31536000, immutable");

    static String md5(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(String body) {
        return io.github.sorrysite.core.common.Hashes.sha256(body.getBytes(StandardCharsets.UTF_8));
    }

    static LocalObject page(String key, String body) {
        return new LocalObject(key, Path.of(key), body.length(), md5(body), sha256(body), PAGE, ObjectKind.PAGE, false);
    }

    static LocalObject asset(String key, String body, boolean fingerprinted) {
        return new LocalObject(key, Path.of(key), body.length(), md5(body), sha256(body), CSS, ObjectKind.ASSET, fingerprinted);
    }

    /** As we would have uploaded it: ETag = MD5, digest of body and headers in metadata. */
    static RemoteObject ours(String key, String body, ObjectHeaders headers) {
        return new RemoteObject(key, body.length(), "\"" + md5(body) + "\"", LocalObject.digest(md5(body), headers));
    }

    static RemoteObject foreign(String key, String body) {
        return new RemoteObject(key, body.length(), md5(body), null);
    }

    static RemoteObject multipart(String key, String body, ObjectHeaders headers) {
        return new RemoteObject(key, body.length(), "0123456789abcdef0123456789abcdef-2", LocalObject.digest(md5(body), headers));
    }

    static PlanOptions options(boolean force, boolean deleteStale, int maxDeletes) {
        return new PlanOptions("sorrycontent/", force, deleteStale, maxDeletes, List.of("E2TESTDIST01"), "", 10);
    }

    static final PlanOptions DEFAULTS = options(false, false, 100);

    static Stream<Arguments> table() {
        String html = "<p>sorry</p>";
        String css = ".a{color:red}";
        return Stream.of(
                Arguments.of("new page", List.of(page("maintenance.html", html)), List.of(), DEFAULTS,
                        "upload pages new invalidate"),
                Arguments.of("new fingerprinted asset", List.of(asset("sorrycontent/a.0123456789.css", css, true)), List.of(), DEFAULTS,
                        "upload assets new"),
                Arguments.of("new plain asset", List.of(asset("sorrycontent/a.css", css, false)), List.of(), DEFAULTS,
                        "upload assets new invalidate"),
                Arguments.of("unchanged", List.of(page("maintenance.html", html)), List.of(ours("maintenance.html", html, PAGE)), DEFAULTS,
                        "unchanged"),
                Arguments.of("unchanged, ETag in upper case", List.of(page("m.html", html)),
                        List.of(new RemoteObject("m.html", html.length(), md5(html).toUpperCase(), LocalObject.digest(md5(html), PAGE))),
                        DEFAULTS, "unchanged"),
                Arguments.of("same size, other body", List.of(page("maintenance.html", "<p>SORRY</p>")),
                        List.of(ours("maintenance.html", html, PAGE)), DEFAULTS, "upload pages content changed invalidate"),
                Arguments.of("other size", List.of(page("maintenance.html", html + "!")),
                        List.of(ours("maintenance.html", html, PAGE)), DEFAULTS, "upload pages content changed invalidate"),
                Arguments.of("Cache-Control changed", List.of(page("maintenance.html", html)),
                        List.of(ours("maintenance.html", html, PAGE_NO_STORE)), DEFAULTS, "upload pages headers changed invalidate"),
                Arguments.of("Content-Type changed", List.of(asset("sorrycontent/a.0123456789.css", css, true)),
                        List.of(ours("sorrycontent/a.0123456789.css", css, CSS_AS_TEXT)), DEFAULTS, "upload assets headers changed"),
                Arguments.of("same body uploaded by another tool", List.of(page("maintenance.html", html)),
                        List.of(foreign("maintenance.html", html)), DEFAULTS, "upload pages headers changed invalidate"),
                Arguments.of("multipart ETag, digest matches", List.of(page("maintenance.html", html)),
                        List.of(multipart("maintenance.html", html, PAGE)), DEFAULTS, "unchanged"),
                Arguments.of("multipart ETag, digest differs", List.of(page("maintenance.html", html)),
                        List.of(multipart("maintenance.html", html, PAGE_NO_STORE)), DEFAULTS, "upload pages content changed invalidate"),
                Arguments.of("ETag is not an MD5 (SSE-KMS), digest matches", List.of(page("maintenance.html", html)),
                        List.of(new RemoteObject("maintenance.html", html.length(), "0f343b0931126a20f133d67c2b018a3b",
                                LocalObject.digest(md5(html), PAGE))), DEFAULTS, "unchanged"),
                Arguments.of("ETag is not an MD5 (SSE-KMS), Cache-Control changed", List.of(page("maintenance.html", html)),
                        List.of(new RemoteObject("maintenance.html", html.length(), "0f343b0931126a20f133d67c2b018a3b",
                                LocalObject.digest(md5(html), PAGE_NO_STORE))), DEFAULTS, "upload pages content changed invalidate"),
                Arguments.of("other body by another tool, same size", List.of(page("maintenance.html", html)),
                        List.of(foreign("maintenance.html", "<p>SORRY</p>")), DEFAULTS, "upload pages content changed invalidate"),
                Arguments.of("force", List.of(page("maintenance.html", html)), List.of(ours("maintenance.html", html, PAGE)),
                        options(true, false, 100), "upload pages forced invalidate"),
                Arguments.of("stale page kept", List.of(), List.of(ours("old.html", html, PAGE)), DEFAULTS, "keep old.html"),
                Arguments.of("stale page deleted", List.of(), List.of(ours("old.html", html, PAGE)), options(false, true, 100),
                        "delete old.html stale invalidate"),
                Arguments.of("stale asset deleted", List.of(), List.of(ours("sorrycontent/old.css", css, CSS)), options(false, true, 100),
                        "delete sorrycontent/old.css stale"),
                Arguments.of("deletes at the limit", List.of(), List.of(ours("old.html", html, PAGE)), options(false, true, 1),
                        "delete old.html stale invalidate"),
                Arguments.of("deletes over the limit", List.of(), List.of(ours("old.html", html, PAGE)), options(false, true, 0),
                        "refused sorry.publish.maxDeletes"),
                Arguments.of("over the limit but deleteStale off", List.of(), List.of(ours("old.html", html, PAGE)), options(false, false, 0),
                        "keep old.html"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void decides(String name, List<LocalObject> local, List<RemoteObject> remote, PlanOptions options, String expected) {
        assertEquals(expected, outcome(local, remote, options));
    }

    private static String outcome(List<LocalObject> local, List<RemoteObject> remote, PlanOptions options) {
        PublishPlan plan;
        try {
            plan = PublishPlanner.plan("s3://b/p/", local, remote, options);
        } catch (BadInputException e) {
            return "refused " + e.where();
        }
        List<String> outcomes = new ArrayList<>();
        for (PublishPlan.UploadGroup group : plan.groups()) {
            group.uploads().forEach(u -> outcomes.add("upload " + group.name() + " " + u.reason().label() + (u.invalidate() ? " invalidate" : "")));
        }
        plan.deletes().forEach(d -> outcomes.add("delete " + d.key() + " " + d.reason().label() + (d.invalidate() ? " invalidate" : "")));
        plan.unchanged().forEach(k -> outcomes.add("unchanged"));
        plan.keptStale().forEach(k -> outcomes.add("keep " + k));
        return String.join("; ", outcomes);
    }

    @Test
    void assetsComeBeforePagesAndEachDistributionGetsOneInvalidation() {
        var options = new PlanOptions("sorrycontent/", false, false, 100, List.of("E1AAAAAAAAAA", "E2BBBBBBBBBB"), "", 10);
        PublishPlan plan = PublishPlanner.plan("s3://b/p/",
                List.of(page("maintenance.html", "x"), asset("sorrycontent/z.css", "y", false), page("ja/maintenance.html", "z")),
                List.of(), options);

        assertEquals(List.of("assets", "pages"), plan.groups().stream().map(PublishPlan.UploadGroup::name).toList());
        assertEquals(List.of("sorrycontent/z.css"), plan.groups().get(0).uploads().stream().map(PublishPlan.Upload::key).toList());
        assertEquals(List.of("ja/maintenance.html", "maintenance.html"), plan.groups().get(1).uploads().stream().map(PublishPlan.Upload::key).toList());
        assertEquals(List.of("E1AAAAAAAAAA", "E2BBBBBBBBBB"), plan.invalidations().stream().map(PublishPlan.Invalidation::distributionId).toList());
        assertEquals(List.of("/ja/maintenance.html", "/maintenance.html", "/sorrycontent/z.css"), plan.invalidations().get(0).paths());
    }

    @Test
    void anUnchangedSiteHasAnEmptyPlan() {
        String html = "<p>sorry</p>";
        PublishPlan plan = PublishPlanner.plan("s3://b/p/", List.of(page("maintenance.html", html)),
                List.of(ours("maintenance.html", html, PAGE)), DEFAULTS);

        assertTrue(plan.isEmpty());
        assertEquals(List.of(), plan.invalidations());
    }

    @Test
    void onlyFingerprintedAssetsChangedMeansNoInvalidation() {
        PublishPlan plan = PublishPlanner.plan("s3://b/p/", List.of(asset("sorrycontent/a.0123456789.css", "x", true)), List.of(), DEFAULTS);

        assertEquals(1, plan.uploads().size());
        assertEquals(List.of(), plan.invalidations());
    }

    @Test
    void withoutDistributionsThereIsNoInvalidation() {
        var options = new PlanOptions("sorrycontent/", false, false, 100, List.of(), "", 10);
        PublishPlan plan = PublishPlanner.plan("s3://b/p/", List.of(page("maintenance.html", "x")), List.of(), options);

        assertEquals(List.of(), plan.invalidations());
    }

    @Test
    void theRefusalSaysHowManyAndHowToAllowIt() {
        var remote = List.of(ours("a.html", "a", PAGE), ours("b.html", "b", PAGE), ours("c.html", "c", PAGE));

        BadInputException e = assertThrows(BadInputException.class,
                () -> PublishPlanner.plan("s3://b/p/", List.of(), remote, options(false, true, 2)));

        assertEquals("sorry.publish.maxDeletes: 3 objects under s3://b/p/ are not in the built site and would be deleted (3 B, e.g. a.html, b.html, "
                + "c.html), more than the limit of 2; nothing was uploaded or deleted (fix: check that sorry.target points at the sorry "
                + "site's own prefix; if these deletes are intended, run with -Dsorry.publish.maxDeletes=3)", e.getMessage());
    }
}
