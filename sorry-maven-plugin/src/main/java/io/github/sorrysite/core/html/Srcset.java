package io.github.sorrysite.core.html;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The {@code srcset} / {@code imagesrcset} micro-syntax, split the way the HTML standard's
 * "parse a srcset attribute" algorithm does: a URL runs to the next white space (so a data: URL
 * may contain commas), and descriptors run to the next comma outside parentheses.
 */
public final class Srcset {
    /** One image candidate: its URL and its descriptors as written ({@code 2x}, {@code 640w}), maybe empty. */
    public record Candidate(String url, String descriptors) {
        @Override
        public String toString() {
            return descriptors.isEmpty() ? url : url + " " + descriptors;
        }
    }

    private Srcset() {
    }

    public static List<Candidate> parse(String value) {
        List<Candidate> candidates = new ArrayList<>();
        int pos = 0;
        int length = value.length();
        while (true) {
            while (pos < length && (isSpace(value.charAt(pos)) || value.charAt(pos) == ',')) {
                pos++;
            }
            if (pos >= length) {
                return candidates;
            }
            int urlStart = pos;
            while (pos < length && !isSpace(value.charAt(pos))) {
                pos++;
            }
            String url = value.substring(urlStart, pos);
            if (url.endsWith(",")) {
                candidates.add(new Candidate(url.replaceAll(",+$", ""), ""));
                continue;
            }
            int descriptorStart = pos;
            int depth = 0;
            while (pos < length) {
                char c = value.charAt(pos);
                if (c == '(') {
                    depth++;
                } else if (c == ')' && depth > 0) {
                    depth--;
                } else if (c == ',' && depth == 0) {
                    break;
                }
                pos++;
            }
            String descriptors = value.substring(descriptorStart, pos).trim().replaceAll("\\s+", " ");
            candidates.add(new Candidate(url, descriptors));
        }
    }

    /** Rewrites each candidate's URL and writes the attribute back in its shortest form. */
    public static String rewrite(String value, UnaryOperator<String> rewriteUrl) {
        List<String> out = new ArrayList<>();
        for (Candidate candidate : parse(value)) {
            out.add(new Candidate(rewriteUrl.apply(candidate.url()), candidate.descriptors()).toString());
        }
        return String.join(",", out);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
