package io.github.sorrysite.core.site;

import io.github.sorrysite.core.BadInputException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;

/**
 * Parses front matter YAML safely (no arbitrary types) and keeps dates as written: a maintenance
 * window's {@code until: 2026-11-22 06:00} must render as the author typed it, not as a
 * {@code java.util.Date} in the build machine's time zone.
 */
final class FrontMatterYaml {
    private FrontMatterYaml() {
    }

    /**
     * @param firstLine the file line the YAML text starts on, so errors point into the page
     */
    static Map<String, Object> parse(String yaml, String shown, int firstLine) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        Yaml parser = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new KeepTimestampsAsText());
        Object value;
        try {
            value = parser.load(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String at = mark == null ? shown : shown + ":" + (mark.getLine() + firstLine);
            String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
            Mark context = e.getContextMark();
            if (e.getContext() != null && context != null && mark != null && context.getLine() != mark.getLine()) {
                problem += " (" + e.getContext() + " that starts on line " + (context.getLine() + firstLine) + ")";
            }
            throw new BadInputException(at, "malformed front matter: " + oneLine(problem),
                    "fix the YAML between the --- lines (quote values that contain ': ' or start with a special character)");
        } catch (YAMLException e) {
            throw new BadInputException(shown + ":" + firstLine, "malformed front matter: " + oneLine(e.getMessage()),
                    "fix the YAML between the --- lines");
        }
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new BadInputException(shown + ":" + firstLine, "front matter is not a set of 'key: value' lines",
                    "write the front matter as key: value pairs, e.g. title: We'll be right back");
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map.forEach((k, v) -> result.put(String.valueOf(k), v));
        return result;
    }

    private static String oneLine(String text) {
        return text == null ? "invalid YAML" : text.replaceAll("\\s+", " ").strip();
    }

    /** The standard YAML 1.1 resolver minus timestamps. */
    private static final class KeepTimestampsAsText extends Resolver {
        @Override
        public void addImplicitResolver(org.yaml.snakeyaml.nodes.Tag tag, java.util.regex.Pattern regexp, String first,
                                        int limit) {
            if (!org.yaml.snakeyaml.nodes.Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }
}
