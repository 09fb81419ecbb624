package io.github.sorrysite.bench;

import io.github.sorrysite.core.inline.InlineConfig;
import io.github.sorrysite.core.inline.InlineStrategy;
import io.github.sorrysite.core.alb.AlbRuleConfig;
import io.github.sorrysite.core.Events;
import io.github.sorrysite.core.site.SiteBuilder;
import io.github.sorrysite.core.site.SiteConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * The in-process side of bench/run. Not part of the plugin build: bench/run compiles it with javac
 * against the plugin's runtime classpath. Every mode prints {@code key=value} lines that bench/run
 * parses; anything else on stdout is for humans.
 *
 * <ul>
 *   <li>{@code pipeline <template-project> <pages> <work-dir> <max-runs> <max-seconds>}: make a site of
 *       N pages from a template project, build it warm in a loop, report median time and peak heap.</li>
 *   <li>{@code inline <project> <out-dir> <cdn> <strategy>}: build a project with the plugin's core
 *       (the inline ALB variant comes with it once merged), printing the build's log.</li>
 *   <li>{@code render <project> <out-dir>}: each page after template rendering and before URL
 *       rewriting and minifying: the input the peer pipeline (Parcel) gets.</li>
 *   <li>{@code makesite <template-project> <pages> <dir>}: only make the N-page site (for publish).</li>
 *   <li>{@code putfloor ...}: the S3 server's floor, see {@link PutFloor}.</li>
 * </ul>
 */
public final class Bench {
    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: Bench pipeline|inline|render ...");
        }
        switch (args[0]) {
            case "pipeline" -> pipeline(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]),
                    Integer.parseInt(args[4]), Integer.parseInt(args[5]));
            case "inline" -> inline(Path.of(args[1]), Path.of(args[2]), args[3], args[4]);
            case "render" -> render(Path.of(args[1]), Path.of(args[2]));
            case "makesite" -> makeSite(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
            case "putfloor" -> PutFloor.run(args);
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }

    // ---------------------------------------------------------------- pipeline

    private static void pipeline(Path template, int pages, Path work, int maxRuns, int maxSeconds) throws IOException {
        Path project = work.resolve("site-" + pages);
        makeSite(template, pages, project);
        SiteConfig config = SiteConfig.defaults(project).withCdnBaseUrl("https://d111111abcdef8.cloudfront.net");

        // Warm up the JIT on the same input, bounded in count and time.
        long warmUntil = System.nanoTime() + Math.min(maxSeconds, 30) * 1_000_000_000L / 3;
        int warm = 0;
        long cold = 0;
        do {
            long t0 = System.nanoTime();
            new SiteBuilder(config, InlineConfig.defaults(), AlbRuleConfig.defaults(), Events.SILENT).build();
            cold = warm == 0 ? System.nanoTime() - t0 : cold;
            warm++;
        } while (warm < 3 && System.nanoTime() < warmUntil);

        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        List<Long> nanos = new ArrayList<>();
        long peak = 0;
        SiteBuilder.Result last = null;
        long deadline = System.nanoTime() + maxSeconds * 1_000_000_000L;
        while (nanos.size() < maxRuns && (nanos.size() < 3 || System.nanoTime() < deadline)) {
            System.gc();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            last = null; // the previous build's pages must not count towards this build's peak
            long t0 = System.nanoTime();
            SiteBuilder.Result result = new SiteBuilder(config, InlineConfig.defaults(), AlbRuleConfig.defaults(), Events.SILENT).build();
            nanos.add(System.nanoTime() - t0);
            last = result;
            // Sum of each pool's own peak: an upper bound of the real peak (pools peak at different moments).
            peak = Math.max(peak, heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
            if (result.report().pages().size() != pages) {
                throw new IllegalStateException("built " + result.report().pages().size() + " pages, expected " + pages);
            }
        }
        // What a finished build keeps (its report and every page's HTML), measured while still held.
        System.gc();
        long live = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        System.out.printf("result_pages=%d%n", last.pageHtml().size());
        Collections.sort(nanos);
        double medianMs = nanos.get(nanos.size() / 2) / 1e6;
        System.out.printf("pages=%d%n", pages);
        System.out.printf("runs=%d%n", nanos.size());
        System.out.printf("warmup=%d%n", warm);
        System.out.printf("median_ms=%.1f%n", medianMs);
        System.out.printf("min_ms=%.1f%n", nanos.get(0) / 1e6);
        System.out.printf("cold_ms=%.1f%n", cold / 1e6);
        System.out.printf("per_page_ms=%.3f%n", medianMs / pages);
        System.out.printf("peak_heap_mb=%.1f%n", peak / 1048576.0);
        System.out.printf("retained_heap_mb=%.1f%n", live / 1048576.0);
        System.out.printf("max_heap_mb=%.0f%n", Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    /**
     * A site of {@code pages} pages: the template project's assets and templates, and its pages
     * repeated with a distinct title and a few distinct lines each, in nested directories so the
     * output is not one flat directory of 1,000 files.
     */
    static void makeSite(Path template, int pages, Path project) throws IOException {
        deleteTree(project);
        copyTree(template.resolve("templates"), project.resolve("templates"));
        copyTree(template.resolve("site-src/sorrycontent"), project.resolve("site-src/sorrycontent"));
        List<Path> sources;
        try (Stream<Path> s = Files.walk(template.resolve("site-src/pages"))) {
            sources = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        for (int i = 0; i < pages; i++) {
            Path source = sources.get(i % sources.size());
            String text = Files.readString(source, StandardCharsets.UTF_8);
            String numbered = text.replaceFirst("(?m)^title: *\"?([^\"\\n]*)\"?$", "title: \"$1 #" + i + "\"")
                    + "\nRegion " + (i % 17) + ", shard " + i + ": see the status page for details.\n";
            Path out = project.resolve(String.format("site-src/pages/s%02d/p%04d.md", i / 100, i));
            Files.createDirectories(out.getParent());
            Files.writeString(out, numbered, StandardCharsets.UTF_8);
        }
    }

    // ---------------------------------------------------------------- inline

    private static void inline(Path project, Path out, String cdn, String strategy) throws Exception {
        SiteConfig config = SiteConfig.defaults(project).withOutputDirectory(out).withCdnBaseUrl(cdn);
        Events log = event -> {
            switch (event.kind()) {
                case PLAN, SUMMARY, PROGRESS -> System.out.println("log.info " + event.message());
                case WARNING -> System.out.println("log.warn " + event.message());
                case ERROR -> System.out.println("log.error " + event.message());
                default -> {
                }
            }
        };
        SiteBuilder builder = new SiteBuilder(config, InlineConfig.defaults().withStrategy(InlineStrategy.parse(strategy)),
                AlbRuleConfig.defaults(), log);
        try {
            builder.build();
            System.out.println("status=ok");
        } catch (RuntimeException e) {
            // A strategy that does not fit the ALB budget fails the build by design.
            System.out.println("status=failed");
            System.out.println("error=" + String.valueOf(e.getMessage()).replace('\n', ' '));
        }
    }

    // ---------------------------------------------------------------- render

    /**
     * Renders every page with the plugin's own loader and templates (package-private, so by
     * reflection), which is exactly the HTML before URL rewriting and minifying.
     */
    private static void render(Path project, Path out) throws Exception {
        SiteConfig config = SiteConfig.defaults(project);
        Class<?> loadPages = Class.forName("io.github.sorrysite.core.site.LoadPages");
        Class<?> renderTemplates = Class.forName("io.github.sorrysite.core.site.RenderTemplates");
        Class<?> pageClass = Class.forName("io.github.sorrysite.core.site.Page");
        Constructor<?> lc = loadPages.getDeclaredConstructor(SiteConfig.class);
        Constructor<?> rc = renderTemplates.getDeclaredConstructor(SiteConfig.class);
        Method load = loadPages.getDeclaredMethod("load");
        Method renderPage = renderTemplates.getDeclaredMethod("render", pageClass);
        Method output = pageClass.getMethod("output");
        for (var m : List.of(lc, rc, load, renderPage)) {
            m.setAccessible(true);
        }
        Object renderer = rc.newInstance(config);
        List<?> pages = (List<?>) load.invoke(lc.newInstance(config));
        for (Object page : pages) {
            String path = (String) output.invoke(page);
            Path file = out.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, (String) renderPage.invoke(renderer, page), StandardCharsets.UTF_8);
            System.out.println("page=" + path);
        }
    }

    // ---------------------------------------------------------------- files

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Collections.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
