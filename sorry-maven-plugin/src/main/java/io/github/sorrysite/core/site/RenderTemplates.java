package io.github.sorrysite.core.site;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.MustacheParseException;
import com.samskivert.mustache.Template;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.common.Utf8Files;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Renders pages through Mustache templates ({@code templates/<name>.html}, partials from
 * {@code templates/partials/<name>.html}). Front matter keys are top-level variables, the Markdown
 * body is {@code content} (use {@code {{{content}}}}), and {@code page} and {@code site} describe
 * where the page goes. Variables are HTML-escaped unless triple-braced.
 */
final class RenderTemplates {
    private final SiteConfig config;
    private final Mustache.Compiler compiler;
    private final Map<String, Template> compiled = new HashMap<>();

    RenderTemplates(SiteConfig config) {
        this.config = config;
        this.compiler = Mustache.compiler()
                .escapeHTML(true)
                .defaultValue("")
                .emptyStringIsFalse(true)
                .withLoader(this::partial);
    }

    String render(Page page) {
        Template template = template(page.template(), config.shown(config.sourceDirectory().resolve(page.source())));
        Map<String, Object> context = new LinkedHashMap<>(page.frontMatter());
        context.put("content", page.content());
        context.put("page", Map.of("source", page.source(), "output", page.output(), "path", page.urlPath()));
        context.put("site", Map.of("contentPrefix", config.contentPrefix(), "cdnBaseUrl", config.cdnBaseUrl()));
        try {
            return template.execute(context);
        } catch (MustacheException e) {
            for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof BadInputException missingPartial) {
                    throw missingPartial;
                }
            }
            throw new BadInputException(config.shown(templateFile(page.template())),
                    "failed to render " + page.source() + ": " + oneLine(e.getMessage()), "fix the template");
        }
    }

    /**
     * Warnings for front-matter keys that the page's template (with its partials) never reads: a
     * typo such as {@code untill:} would otherwise drop the line from the page without a word.
     * Keys the build itself reads, and keys left at their empty default, are not reported.
     */
    java.util.List<String> unusedKeys(Page page, String where) {
        Template template = template(page.template(), where);
        java.util.Set<String> used = new java.util.HashSet<>();
        try {
            template.visit(new Mustache.Visitor() {
                @Override
                public void visitText(String text) {
                }

                @Override
                public void visitVariable(String name) {
                    used.add(first(name));
                }

                @Override
                public boolean visitInclude(String name) {
                    return true;
                }

                @Override
                public boolean visitSection(String name) {
                    used.add(first(name));
                    return true;
                }

                @Override
                public boolean visitInvertedSection(String name) {
                    used.add(first(name));
                    return true;
                }
            });
        } catch (RuntimeException e) {
            return java.util.List.of(); // a partial that cannot be read fails the render with its own message
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (Map.Entry<String, Object> entry : page.frontMatter().entrySet()) {
            String key = entry.getKey();
            if (used.contains(key) || BUILD_KEYS.contains(key) || String.valueOf(entry.getValue()).isEmpty()) {
                continue;
            }
            String suggestion = closest(key, used, page.frontMatter().keySet());
            out.add(where + ": front-matter key '" + key + "' is not used by " + config.shown(templateFile(page.template()))
                    + " or its partials, so it shows nowhere" + (suggestion == null ? "" : "; did you mean '" + suggestion + "'?"));
        }
        return out;
    }

    /** Keys the build reads itself (page title and language, template choice, HTTP status). */
    private static final java.util.Set<String> BUILD_KEYS = java.util.Set.of("title", "lang", "template", "status");

    private static String first(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /** The template variable nearest to {@code key} (edit distance at most 2, or a third of its length), not set already. */
    static String closest(String key, java.util.Set<String> used, java.util.Set<String> present) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String name : new TreeSet<>(used)) {
            if (present.contains(name) || name.equals(".") || name.equals("this")) {
                continue;
            }
            int d = io.github.sorrysite.core.common.EditDistance.between(key.toLowerCase(java.util.Locale.ROOT),
                    name.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance && d <= Math.max(2, key.length() / 3)) {
                best = name;
                bestDistance = d;
            }
        }
        return best;
    }

    private Template template(String name, String pageSource) {
        Template template = compiled.get(name);
        if (template != null) {
            return template;
        }
        Path file = templateFile(name);
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(pageSource, "uses template '" + name + "', but "
                    + config.shown(file) + " does not exist (available: " + available() + ")",
                    "set 'template:' to one of the available templates or add " + config.shown(file));
        }
        String shown = config.shown(file);
        try {
            template = compiler.compile(Utf8Files.read(file, shown));
        } catch (MustacheParseException e) {
            throw new BadInputException(shown, "is not a valid Mustache template: " + oneLine(e.getMessage()),
                    "close every {{#section}} with {{/section}} and balance the braces");
        }
        compiled.put(name, template);
        return template;
    }

    private java.io.Reader partial(String name) {
        Path file = config.templateDirectory().resolve("partials").resolve(name + ".html").normalize();
        if (!file.startsWith(config.templateDirectory()) || !Files.isRegularFile(file)) {
            throw new BadInputException(config.shown(file), "partial '" + name + "' does not exist",
                    "add " + config.shown(file) + " or fix the {{> " + name + "}} tag");
        }
        return new StringReader(Utf8Files.read(file, config.shown(file)));
    }

    private Path templateFile(String name) {
        return config.templateDirectory().resolve(name + ".html");
    }

    private String available() {
        Path root = config.templateDirectory();
        if (!Files.isDirectory(root)) {
            return "none, " + config.shown(root) + " does not exist";
        }
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(root)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".html"))
                    .forEach(n -> names.add(n.substring(0, n.length() - ".html".length())));
        } catch (IOException e) {
            return "unknown";
        }
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
