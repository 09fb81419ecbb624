package io.github.sorrysite.core.inline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Stock framework CSS (src/test/resources/frameworks, from the npm packages) through the whole
 * build: each builds; the built stylesheet has every declaration of the source, in order, under the
 * same selectors and at-rules (white space aside, URLs aside since they are rewritten); and a page
 * using it gives inline variants (self-contained and cdn-linked) that look like the full page in
 * headless Chromium. Each case prints its sizes and pixel differences for the record.
 */
class FrameworkCorpusTest {
    static final Path CHROMIUM = InlineScreenshotTest.CHROMIUM;
    static final String PAGE = "---\ntitle: We'll be right back\nuntil: 06:00 UTC\n---\n"
            + "Our service is unavailable while we upgrade the database.\n\nThank you for your patience.\n";

    @TempDir
    static Path work;
    static CorpusServer server;

    @BeforeAll
    static void serve() throws IOException {
        server = new CorpusServer();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "bootstrap, bootstrap.min.css",
        "bulma, bulma.min.css",
        "pico, pico.min.css",
        "font-awesome-4, font-awesome.min.css",
        "fontawesome-free-6, all.min.css",
        "govuk-frontend, govuk-frontend.min.css",
        "tailwind, tailwind.css",
    })
    void buildsKeepsEveryDeclarationAndInlinesLookTheSame(String framework, String cssFile) throws Exception {
        String source = resource(framework + "/" + cssFile);
        Path project = work.resolve(framework);
        write(project.resolve("site-src/pages/maintenance.md"), PAGE);
        write(project.resolve("templates/page.html"), resource(framework + "/page.html"));
        write(project.resolve("site-src/sorrycontent/css/" + cssFile), source);
        placeholderFonts(source, project.resolve("site-src/sorrycontent/css"));

        CorpusServer.Built built = server.build(framework, project, project.resolve("out"));
        String html = built.pages().get("maintenance.html");
        String builtHref = org.jsoup.Jsoup.parse(html).selectFirst("link[rel=stylesheet]").attr("href");
        String builtCss = Files.readString(built.site().resolve(builtHref.substring(built.cdn().length() + 1)));
        assertEquals(declarations(source), declarations(builtCss), framework + ": the built stylesheet lost or changed declarations");

        Map<InlineStrategy, Candidate> shapes = server.serveShapes(built, "maintenance.html");
        Candidate self = shapes.get(InlineStrategy.SELF_CONTAINED);
        Candidate linked = shapes.get(InlineStrategy.CDN_LINKED);

        BufferedImage full = shoot("/" + framework + "/maintenance.html", framework + "-full", 1000, 800);
        if (full == null) {
            return; // no Chromium: the build and declaration checks above still ran
        }
        StringBuilder record = new StringBuilder(framework + ": full stylesheet " + builtCss.length() + " chars; ");
        for (String shape : List.of("self-contained", "cdn-linked")) {
            BufferedImage shot = shoot("/__alb/" + framework + "/" + shape + ".html", framework + "-" + shape, 1000, 800);
            double diff = InlineScreenshotTest.difference(full, shot);
            Candidate c = shape.equals("self-contained") ? self : linked;
            record.append(shape).append(' ').append(c.size().chars()).append(" chars")
                    .append(shape.equals("cdn-linked") ? " + " + c.stylesheet().content().length + " B css" : "")
                    .append(String.format(", %.3f%% pixels differ; ", diff * 100));
            assertTrue(diff <= InlineScreenshotTest.THRESHOLD, framework + " " + shape + ": "
                    + String.format("%.2f%%", diff * 100) + " of pixels differ from the full page (see " + work + ")");
        }
        System.out.println(record);
    }

    /**
     * Every declaration with the selectors and at-rule preludes around it, in order, white space
     * removed, URLs blanked (the build rewrites them). A scan of its own, not the plugin's parser,
     * so it does not share the parser's mistakes: it tracks strings, comments and brackets only.
     */
    static List<String> declarations(String css) {
        List<String> out = new ArrayList<>();
        List<String> context = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        int parens = 0;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 1;
                continue;
            }
            if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < css.length() && css.charAt(j) != c) {
                    j += css.charAt(j) == '\\' ? 2 : 1;
                }
                segment.append(css, i, Math.min(j + 1, css.length()));
                i = j;
                continue;
            }
            if (c == '(') {
                parens++;
            } else if (c == ')') {
                parens--;
            }
            if (parens == 0 && c == '{') {
                context.add(normalise(segment.toString()));
                segment.setLength(0);
            } else if (parens == 0 && (c == ';' || c == '}')) {
                String text = normalise(segment.toString());
                if (!text.isEmpty() && !text.startsWith("@")) {
                    out.add(String.join(" > ", context) + " :: " + text);
                }
                segment.setLength(0);
                if (c == '}' && !context.isEmpty()) {
                    context.remove(context.size() - 1);
                }
            } else {
                segment.append(c);
            }
        }
        return out;
    }

    private static String normalise(String s) {
        return s.replaceAll("url\\([^)]*\\)", "url()").replaceAll("\\s+", "");
    }

    /** Empty files where the CSS points to fonts and images next to it, so the build finds them. */
    private static void placeholderFonts(String css, Path cssDirectory) throws IOException {
        Matcher m = Pattern.compile("url\\(\\s*['\"]?([^'\")]+)['\"]?\\s*\\)").matcher(css);
        while (m.find()) {
            String ref = m.group(1).replaceAll("[?#].*$", "");
            if (ref.isEmpty() || ref.startsWith("data:") || ref.startsWith("/") || ref.contains("://")) {
                continue;
            }
            Path file = cssDirectory.resolve(ref).normalize();
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                Files.write(file, new byte[0]);
            }
        }
    }

    private static BufferedImage shoot(String path, String name, int width, int height) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            System.out.println("headless Chromium not found at " + CHROMIUM + ": screenshot comparison skipped");
            return null;
        }
        return Screenshots.shoot(work, server.base + path, name, width, height);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = FrameworkCorpusTest.class.getResourceAsStream("/frameworks/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource frameworks/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
