package io.github.sorrysite.core.publish.apply;

import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.InfrastructureException;
import io.github.sorrysite.core.common.Md5;
import io.github.sorrysite.core.common.Parallel;
import io.github.sorrysite.core.publish.plan.LocalObject;
import io.github.sorrysite.core.publish.plan.ObjectKind;
import io.github.sorrysite.core.publish.store.ObjectStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * After the apply: the target serves what was built. Each object this run uploaded is read back
 * once: a page with a GET (its bytes' MD5 and its headers), an asset with a HEAD (size,
 * Content-Type, Cache-Control, our digest), so a store that took a body and kept something else is
 * caught while the run can still say so. Objects the plan left unchanged were checked when they
 * went up.
 */
public final class ReadBack {
    private ReadBack() {
    }

    /** @return how many objects were checked; throws naming what differs */
    public static int verify(ObjectStore store, String target, List<LocalObject> uploaded, int concurrency, Events listener) {
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        try (Parallel parallel = new Parallel(concurrency)) {
            var failures = parallel.run(uploaded, o -> {
                ObjectStore.StoredObject head;
                if (o.kind() == ObjectKind.PAGE) {
                    ObjectStore.Fetched fetched = store.fetch(o.key());
                    head = fetched == null ? null : fetched.object();
                    if (fetched != null && !Md5.hex(fetched.body()).equals(o.md5())) {
                        problems.add(o.key() + " serves " + fetched.body().length + " bytes that differ from the " + o.bytes() + " built");
                        return;
                    }
                } else {
                    head = store.head(o.key());
                }
                check(o, head, problems);
            });
            if (!failures.isEmpty()) {
                throw failures.get(0).error();
            }
        }
        if (!problems.isEmpty()) {
            List<String> sorted = problems.stream().sorted().distinct().toList();
            throw new InfrastructureException("Read-back of " + target + " after the publish: the target does not serve what was built: "
                    + String.join("; ", sorted.stream().limit(5).toList()) + (sorted.size() > 5 ? " and " + (sorted.size() - 5) + " more" : "")
                    + "; run sorry:publish again with -Dsorry.publish.force=true, and if it recurs the store changes what it is sent", null);
        }
        listener.debug("Read back the " + uploaded.size() + " uploaded object(s), pages with GET and assets with HEAD: as built");
        return uploaded.size();
    }

    private static void check(LocalObject o, ObjectStore.StoredObject head, List<String> problems) {
        if (head == null) {
            problems.add(o.key() + " is missing");
        } else if (head.bytes() >= 0 && head.bytes() != o.bytes()) {
            problems.add(o.key() + " is " + head.bytes() + " bytes, built " + o.bytes());
        } else if (!sameType(head.contentType(), o.headers().contentType())) {
            problems.add(o.key() + " has Content-Type " + head.contentType() + ", not " + o.headers().contentType());
        } else if (head.cacheControl() != null && !head.cacheControl().equals(o.headers().cacheControl())) {
            problems.add(o.key() + " has Cache-Control " + head.cacheControl() + ", not " + o.headers().cacheControl());
        } else if (!o.digest().equals(head.digest())) {
            problems.add(o.key() + " has digest " + head.digest() + ", not " + o.digest());
        }
    }

    private static boolean sameType(String served, String built) {
        if (served == null) {
            return true;
        }
        return served.replace(" ", "").toLowerCase(Locale.ROOT).equals(built.replace(" ", "").toLowerCase(Locale.ROOT));
    }
}
