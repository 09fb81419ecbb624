package io.github.sorrysite.core.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A template file shipped in the plugin jar, with {@code @name@} placeholders filled from values
 * already quoted for the target language. Kept as files rather than Java strings so each reads as
 * the HCL or JavaScript it is.
 */
final class TextTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("@([A-Za-z]+)@");

    private TextTemplate() {
    }

    static String fill(String resource, Map<String, String> values) {
        String text = read(resource);
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException(resource + " has @" + m.group(1) + "@, which has no value");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String read(String resource) {
        try (InputStream in = TextTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar has no " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
