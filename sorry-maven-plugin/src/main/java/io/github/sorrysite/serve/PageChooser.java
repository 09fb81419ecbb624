package io.github.sorrysite.serve;

import java.util.List;
import java.util.Optional;

/**
 * Picks which built page answers a request path, the way a CDN failover shows the sorry page for
 * every URL: an exact page path wins ({@code /ja/maintenance.html}); otherwise the first path
 * segment picks a locale directory ({@code /ja/app/login} → {@code ja/maintenance.html}); otherwise
 * the default page ({@code maintenance.html}, else the first top-level page, else the first page).
 */
public final class PageChooser {
    static final String DEFAULT_NAME = "maintenance.html";

    private final List<String> outputs;

    /** @param outputs page paths under the site directory, in report order, e.g. {@code ja/maintenance.html} */
    public PageChooser(List<String> outputs) {
        this.outputs = List.copyOf(outputs);
    }

    /** @param path the decoded request path, starting with a slash */
    public Optional<String> choose(String path) {
        if (outputs.isEmpty()) {
            return Optional.empty();
        }
        String relative = path.startsWith("/") ? path.substring(1) : path;
        if (outputs.contains(relative)) {
            return Optional.of(relative);
        }
        int slash = relative.indexOf('/');
        String first = slash < 0 ? relative : relative.substring(0, slash);
        if (!first.isEmpty()) {
            Optional<String> localised = inDirectory(first + "/");
            if (localised.isPresent()) {
                return localised;
            }
        }
        return inDirectory("").or(() -> Optional.of(outputs.get(0)));
    }

    private Optional<String> inDirectory(String directory) {
        if (outputs.contains(directory + DEFAULT_NAME)) {
            return Optional.of(directory + DEFAULT_NAME);
        }
        return outputs.stream()
                .filter(o -> o.startsWith(directory) && o.indexOf('/', directory.length()) < 0)
                .findFirst();
    }
}
