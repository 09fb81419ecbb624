package io.github.sorrysite.core.inline;

import io.github.sorrysite.core.css.CssToken;
import io.github.sorrysite.core.css.CssToken.Type;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes each colour of a declaration value in its shortest exact form: {@code #ffffff} is
 * {@code #fff}, {@code rgb(0,0,0)} is {@code #000}, {@code rgba(0,0,0,.4)} is {@code #0006} (only
 * when the alpha is a whole 255th, so the colour is the same to the bit), {@code white} is
 * {@code #fff}, {@code #ff0000} is {@code red}. Nothing inside {@code attr()}, {@code element()},
 * {@code paint()} and the like, whose arguments only look like colours.
 *
 * <p>A hex or {@code rgb()} token is a colour wherever it appears, so those are shortened in any
 * property. A colour name is an identifier, which in many properties can be a name chosen by the
 * author ({@code animation-name: red}, a font called "Black"), so names are read and written only in
 * the properties listed in {@link #COLOR_PROPERTIES}. Tokens carrying a comment or an escape
 * ({@code red\9}, an IE hack) are not plain and stay as they are.
 */
final class ShortColors {
    /** Properties whose identifiers can only be keywords (colours among them), never names chosen by the author. */
    static final Set<String> COLOR_PROPERTIES = Set.of("color", "background", "background-color", "border", "border-color",
            "border-top", "border-right", "border-bottom", "border-left", "border-top-color", "border-right-color",
            "border-bottom-color", "border-left-color", "border-block", "border-inline", "border-block-color",
            "border-inline-color", "border-block-start", "border-block-end", "border-inline-start", "border-inline-end",
            "border-block-start-color", "border-block-end-color", "border-inline-start-color", "border-inline-end-color",
            "outline", "outline-color", "box-shadow", "text-shadow", "text-decoration", "text-decoration-color",
            "text-emphasis-color", "caret-color", "accent-color", "column-rule", "column-rule-color", "fill", "stroke",
            "stop-color", "flood-color", "lighting-color", "scrollbar-color", "-webkit-tap-highlight-color",
            "-webkit-text-fill-color", "-webkit-text-stroke-color");

    /** Names longer than their hex form (CSS Color 4, section 6.1). */
    private static final Map<String, String> NAME_TO_HEX = Map.of("white", "#fff", "black", "#000", "yellow", "#ff0",
            "fuchsia", "#f0f", "magenta", "#f0f");
    // Not transparent to #0000: 4- and 8-digit hex is newer than the keyword (no Internet Explorer, no EdgeHTML), and an
    // author who wrote rgba() chose that newer syntax already; one who wrote transparent did not.

    /** Functions whose arguments are not colours, whatever they look like: an attribute's name, an element's id, a worklet's. */
    private static final Set<String> OPAQUE_FUNCTIONS = Set.of("attr", "element", "-moz-element", "paint", "env", "counter",
            "counters", "image-set", "-webkit-image-set");

    /** Names shorter than the shortest hex form of their colour. */
    private static final Map<String, String> HEX_TO_NAME = Map.ofEntries(Map.entry("#f00", "red"),
            Map.entry("#c0c0c0", "silver"), Map.entry("#808080", "gray"), Map.entry("#800000", "maroon"),
            Map.entry("#800080", "purple"), Map.entry("#008000", "green"), Map.entry("#808000", "olive"),
            Map.entry("#000080", "navy"), Map.entry("#008080", "teal"), Map.entry("#ffa500", "orange"));

    private ShortColors() {
    }

    /** Rewrites the colours in {@code tokens}, the value of {@code property} (lower-cased, not a custom property). */
    static void apply(String property, List<CssToken> tokens) {
        boolean names = COLOR_PROPERTIES.contains(property);
        for (int i = 0; i < tokens.size(); i++) {
            CssToken t = tokens.get(i);
            if (t.is(Type.FUNCTION) && OPAQUE_FUNCTIONS.contains(t.value().toLowerCase(Locale.ROOT))) {
                int close = CompactValues.close(tokens, i);
                if (close < 0) {
                    return; // unclosed: the rest is its arguments
                }
                i = close;
                continue;
            }
            if (t.is(Type.HASH) && t.text().equals("#" + t.value())) {
                String hex = shortestHex(t.value());
                if (hex != null) {
                    String written = names ? HEX_TO_NAME.getOrDefault(hex, hex) : hex;
                    if (written.length() < t.text().length()) {
                        tokens.set(i, colorToken(t, written));
                    }
                }
            } else if (names && t.is(Type.IDENT) && t.text().equals(t.value())
                    && NAME_TO_HEX.containsKey(t.value().toLowerCase(Locale.ROOT))) {
                tokens.set(i, colorToken(t, NAME_TO_HEX.get(t.value().toLowerCase(Locale.ROOT))));
            } else if (t.is(Type.FUNCTION) && t.text().equals(t.value() + "(")
                    && (t.value().equalsIgnoreCase("rgb") || t.value().equalsIgnoreCase("rgba"))) {
                int close = CompactValues.close(tokens, i);
                String hex = close < 0 ? null : rgbToHex(tokens.subList(i + 1, close));
                if (hex != null) {
                    String written = names ? HEX_TO_NAME.getOrDefault(hex, hex) : hex;
                    tokens.subList(i, close + 1).clear();
                    tokens.add(i, colorToken(t, written));
                }
            }
        }
    }

    private static CssToken colorToken(CssToken at, String written) {
        return written.startsWith("#") ? new CssToken(Type.HASH, written, written.substring(1), "", at.line(), at.column())
                : new CssToken(Type.IDENT, written, written, "", at.line(), at.column());
    }

    /** {@code ffffff} to {@code #fff}, {@code 11223344} to {@code #1234}, lower case; null if not a hex colour. */
    static String shortestHex(String digits) {
        String h = digits.toLowerCase(Locale.ROOT);
        if (!h.matches("[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8}")) {
            return null;
        }
        if (h.length() == 6 || h.length() == 8) {
            StringBuilder half = new StringBuilder();
            for (int i = 0; i < h.length(); i += 2) {
                if (h.charAt(i) != h.charAt(i + 1)) {
                    return "#" + h;
                }
                half.append(h.charAt(i));
            }
            h = half.toString();
        }
        return "#" + h;
    }

    /**
     * The arguments of {@code rgb()}/{@code rgba()} as the shortest hex, or null when they are not
     * three integers 0..255 (commas or spaces) with an optional alpha that is an exact 255th.
     */
    static String rgbToHex(List<CssToken> args) {
        List<CssToken> items = args.stream().filter(t -> !t.is(Type.WHITESPACE)).toList();
        boolean commas = items.size() >= 5 && items.get(1).is(Type.COMMA);
        int[] channels = new int[3];
        int at = 0;
        for (int c = 0; c < 3; c++) {
            if (at >= items.size() || !items.get(at).is(Type.NUMBER) || !items.get(at).text().equals(items.get(at).value())
                    || !items.get(at).value().matches("\\d{1,3}")) {
                return null;
            }
            channels[c] = Integer.parseInt(items.get(at).value());
            if (channels[c] > 255) {
                return null;
            }
            at++;
            if (c < 2 && commas) {
                if (at >= items.size() || !items.get(at).is(Type.COMMA)) {
                    return null;
                }
                at++;
            }
        }
        int alpha = 255;
        if (at < items.size()) {
            CssToken separator = items.get(at);
            if (!(commas ? separator.is(Type.COMMA) : separator.isDelim('/')) || at + 2 != items.size()) {
                return null;
            }
            CssToken a = items.get(at + 1);
            if (!a.text().startsWith(a.value()) || a.text().length() != a.value().length() + (a.is(Type.PERCENTAGE) ? 1 : 0)) {
                return null;
            }
            double value;
            try {
                value = Double.parseDouble(a.value());
            } catch (NumberFormatException e) {
                return null;
            }
            if (a.is(Type.PERCENTAGE)) {
                value /= 100;
            } else if (!a.is(Type.NUMBER)) {
                return null;
            }
            double scaled = value * 255;
            if (value < 0 || value > 1 || Math.abs(scaled - Math.rint(scaled)) > 1e-9) {
                return null;
            }
            alpha = (int) Math.rint(scaled);
        } else if (items.size() != at) {
            return null;
        }
        String hex = String.format("%02x%02x%02x", channels[0], channels[1], channels[2]) + (alpha == 255 ? "" : String.format("%02x", alpha));
        return shortestHex(hex);
    }
}
