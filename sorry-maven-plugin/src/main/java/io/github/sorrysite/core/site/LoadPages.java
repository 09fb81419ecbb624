package io.github.sorrysite.core.site;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.common.Utf8Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads {@code pages/**}{@code /*.md}: YAML front matter (located by flexmark's front matter
 * extension, parsed by SnakeYAML so errors carry a line number), then the CommonMark body with
 * tables and autolinks.
 */
final class LoadPages {
    /** Keys the build sets itself; a page may not define them. */
    private static final List<String> RESERVED = List.of("content", "page", "site");

    private final SiteConfig config;
    private final Parser parser;
    private final HtmlRenderer renderer;

    LoadPages(SiteConfig config) {
        this.config = config;
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(YamlFrontMatterExtension.create(), TablesExtension.create(),
                AutolinkExtension.create()));
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    List<Page> load() {
        Path root = config.pagesDirectory();
        // Links are followed inside pages/ (a linked pages/ or sub-folder included) and refused out of it.
        List<Path> files = SourceTree.files(root, config::shown).stream()
                .filter(p -> p.getFileName().toString().endsWith(".md")).toList();
        if (files.isEmpty()) {
            throw new BadInputException(config.shown(root), "has no Markdown pages",
                    "add a page such as " + config.shown(root.resolve("maintenance.md")) + ", or set sorry.sourceDirectory");
        }
        List<Page> pages = new ArrayList<>();
        for (Path file : files) {
            pages.add(load(file));
        }
        return pages;
    }

    Page load(Path file) {
        String shown = config.shown(file);
        String text = Utf8Files.read(file, shown);
        Document document = parser.parse(text);
        EastAsianLineBreaks.apply(document);
        Map<String, Object> frontMatter = frontMatter(document, text, shown);
        String relative = config.pagesDirectory().relativize(file).toString().replace('\\', '/');
        String output = relative.substring(0, relative.length() - ".md".length()) + ".html";
        if (("/" + output).startsWith(config.contentPrefix())) {
            throw new BadInputException(shown, "would be written to /" + output + ", inside the asset directory "
                    + config.contentPrefix(), "move the page out of pages" + config.contentPrefix());
        }
        applyDefaults(frontMatter, document, shown);
        return new Page("pages/" + relative, output, frontMatter, renderer.render(document));
    }

    private Map<String, Object> frontMatter(Document document, String text, String shown) {
        Node first = document.getFirstChild();
        if (!(first instanceof YamlFrontMatterBlock block)) {
            if (text.startsWith("---\n") || text.startsWith("---\r\n")) {
                throw new BadInputException(shown + ":1", "front matter starts with --- but is never closed",
                        "end the front matter with a line containing only ---");
            }
            return new LinkedHashMap<>();
        }
        String lines = block.getChars().toString();
        String last = lines.stripTrailing().substring(lines.stripTrailing().lastIndexOf('\n') + 1).strip();
        if (!last.equals("---") && !last.equals("...")) {
            throw new BadInputException(shown + ":1", "front matter starts with --- but is never closed",
                    "end the front matter with a line containing only ---");
        }
        int bodyStart = lines.indexOf('\n') + 1;
        int bodyEnd = lines.stripTrailing().lastIndexOf('\n');
        String yaml = bodyEnd > bodyStart ? lines.substring(bodyStart, bodyEnd + 1) : "";
        return FrontMatterYaml.parse(yaml, shown, 2);
    }

    private void applyDefaults(Map<String, Object> frontMatter, Document document, String shown) {
        for (String key : RESERVED) {
            if (frontMatter.containsKey(key)) {
                throw new BadInputException(shown, "front matter key '" + key + "' is reserved (the build sets it)",
                        "rename the key");
            }
        }
        for (String key : List.of("title", "lang", "description")) {
            Object value = frontMatter.get(key);
            if (value != null && !(value instanceof String)) {
                throw new BadInputException(shown, "front matter '" + key + "' is " + describe(value) + ", not text",
                        "write it as one line of text, in quotes if it looks like a number or a date: " + key + ": \"...\"");
            }
        }
        Object title = frontMatter.get("title");
        if (title == null || String.valueOf(title).isBlank()) {
            String heading = firstHeading(document);
            if (heading == null) {
                throw new BadInputException(shown, "has no title", "add 'title: ...' to the front matter or start the page with a # heading");
            }
            frontMatter.put("title", heading);
        }
        frontMatter.putIfAbsent("lang", "en");
        frontMatter.putIfAbsent("description", "");
        Object template = frontMatter.getOrDefault("template", Page.DEFAULT_TEMPLATE);
        if (!String.valueOf(template).matches("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*")) {
            throw new BadInputException(shown, "template '" + template + "' is not a template name",
                    "use the name of a file in the templates directory without .html, e.g. template: page");
        }
        frontMatter.put("template", String.valueOf(template));
        frontMatter.put("status", status(frontMatter.getOrDefault("status", Page.DEFAULT_STATUS), shown));
    }

    private static String describe(Object value) {
        if (value instanceof java.util.List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "a map";
        }
        return "the " + (value instanceof Number ? "number" : value instanceof Boolean ? "boolean" : "value") + " " + value;
    }

    /** A whole number only: 503.9 is not 503, and "503" in quotes is fine. */
    private static int status(Object value, String shown) {
        int status;
        if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
            status = ((Number) value).longValue() > Integer.MAX_VALUE ? -1 : ((Number) value).intValue();
        } else if (value instanceof String text && text.strip().matches("\\d{1,9}")) {
            status = Integer.parseInt(text.strip());
        } else {
            status = -1;
        }
        if (status < 100 || status > 599) {
            throw new BadInputException(shown, "status '" + value + "' is not an HTTP status code",
                    "use a number such as 503 (Service Unavailable)");
        }
        return status;
    }

    private static String firstHeading(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
                return heading.getText().toString().strip();
            }
        }
        return null;
    }
}
