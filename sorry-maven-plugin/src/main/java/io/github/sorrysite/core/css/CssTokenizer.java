package io.github.sorrysite.core.css;

import io.github.sorrysite.core.css.CssToken.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * The tokenizer of CSS Syntax Module Level 3, section 4.3, keeping each token's source text.
 * Comments are not tokens. Problems the specification calls parse errors that lose CSS (a string
 * or comment that is never closed, a bad url) are reported through {@link CssProblems}.
 */
final class CssTokenizer {
    private final String s;
    private final CssProblems problems;
    private final int[] lineStarts;
    private int pos;

    private CssTokenizer(String css, CssProblems problems) {
        this.s = css;
        this.problems = problems;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n' || c == '\f' || c == '\r' && (i + 1 >= css.length() || css.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    static List<CssToken> tokenize(String css, CssProblems problems) {
        CssTokenizer t = new CssTokenizer(css, problems);
        List<CssToken> out = new ArrayList<>();
        while (true) {
            int before = t.pos;
            CssToken token = t.next();
            if (token == null) {
                return out;
            }
            // A comment between two tokens with no white space keeps them apart (a/**/b is two idents):
            // the next token carries an empty comment in its text, so writing texts side by side stays right.
            boolean commentGap = !token.is(Type.WHITESPACE) && !out.isEmpty() && !out.get(out.size() - 1).is(Type.WHITESPACE)
                    && t.s.startsWith("/*", before) && CssWriter.needsSeparation(out.get(out.size() - 1), token);
            out.add(commentGap ? new CssToken(token.type(), "/**/" + token.text(), token.value(), token.unit(), token.line(),
                    token.column()) : token);
        }
    }

    int line(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private CssToken token(Type type, int start, String value, String unit) {
        int line = line(start);
        return new CssToken(type, s.substring(start, pos), value, unit, line + 1, start - lineStarts[line] + 1);
    }

    private void problem(int at, String what) {
        int line = line(at);
        problems.add(line + 1, at - lineStarts[line] + 1, what);
    }

    private char at(int i) {
        return i < s.length() ? s.charAt(i) : 0;
    }

    private boolean eof(int i) {
        return i >= s.length();
    }

    private CssToken next() {
        while (at(pos) == '/' && at(pos + 1) == '*') {
            int end = s.indexOf("*/", pos + 2);
            if (end < 0) {
                problem(pos, "a comment that is never closed (/* without */): everything after it is lost");
                pos = s.length();
            } else {
                pos = end + 2;
            }
        }
        if (eof(pos)) {
            return null;
        }
        int start = pos;
        char c = s.charAt(pos);
        if (isWhitespace(c)) {
            while (!eof(pos) && isWhitespace(s.charAt(pos))) {
                pos++;
            }
            return token(Type.WHITESPACE, start, " ", "");
        }
        switch (c) {
            case '"', '\'':
                return string(c);
            case '#':
                if (isNameChar(at(pos + 1)) || validEscape(pos + 1)) {
                    pos++;
                    String name = name();
                    return token(Type.HASH, start, name, "");
                }
                pos++;
                return token(Type.DELIM, start, "#", "");
            case '(':
                pos++;
                return token(Type.LEFT_PAREN, start, "(", "");
            case ')':
                pos++;
                return token(Type.RIGHT_PAREN, start, ")", "");
            case '+', '.':
                if (startsNumber(pos)) {
                    return numeric();
                }
                pos++;
                return token(Type.DELIM, start, String.valueOf(c), "");
            case ',':
                pos++;
                return token(Type.COMMA, start, ",", "");
            case '-':
                if (startsNumber(pos)) {
                    return numeric();
                }
                if (at(pos + 1) == '-' && at(pos + 2) == '>') {
                    pos += 3;
                    return token(Type.CDC, start, "-->", "");
                }
                if (startsIdent(pos)) {
                    return identLike();
                }
                pos++;
                return token(Type.DELIM, start, "-", "");
            case ':':
                pos++;
                return token(Type.COLON, start, ":", "");
            case ';':
                pos++;
                return token(Type.SEMICOLON, start, ";", "");
            case '<':
                if (s.startsWith("!--", pos + 1)) {
                    pos += 4;
                    return token(Type.CDO, start, "<!--", "");
                }
                pos++;
                return token(Type.DELIM, start, "<", "");
            case '@':
                if (startsIdent(pos + 1)) {
                    pos++;
                    String name = name();
                    return token(Type.AT_KEYWORD, start, name, "");
                }
                pos++;
                return token(Type.DELIM, start, "@", "");
            case '[':
                pos++;
                return token(Type.LEFT_BRACKET, start, "[", "");
            case '\\':
                if (validEscape(pos)) {
                    return identLike();
                }
                problem(pos, "a backslash that escapes nothing (\\ at the end of a line)");
                pos++;
                return token(Type.DELIM, start, "\\", "");
            case ']':
                pos++;
                return token(Type.RIGHT_BRACKET, start, "]", "");
            case '{':
                pos++;
                return token(Type.LEFT_BRACE, start, "{", "");
            case '}':
                pos++;
                return token(Type.RIGHT_BRACE, start, "}", "");
            default:
                if (isDigit(c)) {
                    return numeric();
                }
                if (isNameStart(c)) {
                    return identLike();
                }
                pos++;
                if (Character.isHighSurrogate(c) && Character.isLowSurrogate(at(pos))) {
                    pos++;
                }
                return token(Type.DELIM, start, s.substring(start, pos), "");
        }
    }

    private CssToken string(char quote) {
        int start = pos;
        pos++;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (eof(pos)) {
                problem(start, "a string that is never closed (" + quote + " without its closing " + quote + ")");
                return token(Type.STRING, start, value.toString(), "");
            }
            char c = s.charAt(pos);
            if (c == quote) {
                pos++;
                return token(Type.STRING, start, value.toString(), "");
            }
            if (isNewline(c)) {
                problem(start, "a string that runs to the end of the line (" + quote + " without its closing " + quote
                        + "; to continue a string on the next line end the line with \\)");
                return token(Type.BAD_STRING, start, value.toString(), "");
            }
            if (c == '\\') {
                if (eof(pos + 1)) {
                    pos++;
                    continue;
                }
                if (isNewline(at(pos + 1))) {
                    pos += at(pos + 1) == '\r' && at(pos + 2) == '\n' ? 3 : 2;
                    continue;
                }
                value.appendCodePoint(escape());
                continue;
            }
            value.append(c);
            pos++;
        }
    }

    private CssToken numeric() {
        int start = pos;
        if (at(pos) == '+' || at(pos) == '-') {
            pos++;
        }
        while (isDigit(at(pos))) {
            pos++;
        }
        if (at(pos) == '.' && isDigit(at(pos + 1))) {
            pos++;
            while (isDigit(at(pos))) {
                pos++;
            }
        }
        if ((at(pos) == 'e' || at(pos) == 'E') && (isDigit(at(pos + 1))
                || (at(pos + 1) == '+' || at(pos + 1) == '-') && isDigit(at(pos + 2)))) {
            pos += 2;
            while (isDigit(at(pos))) {
                pos++;
            }
        }
        String number = s.substring(start, pos);
        if (startsIdent(pos)) {
            String unit = name();
            return token(Type.DIMENSION, start, number, unit);
        }
        if (at(pos) == '%') {
            pos++;
            return token(Type.PERCENTAGE, start, number, "");
        }
        return token(Type.NUMBER, start, number, "");
    }

    private CssToken identLike() {
        int start = pos;
        String name = name();
        if (name.equalsIgnoreCase("url") && at(pos) == '(') {
            pos++;
            int afterParen = pos;
            while (isWhitespace(at(pos))) {
                pos++;
            }
            if (at(pos) == '"' || at(pos) == '\'') {
                pos = afterParen;
                return token(Type.FUNCTION, start, name, "");
            }
            return url(start);
        }
        if (at(pos) == '(') {
            pos++;
            return token(Type.FUNCTION, start, name, "");
        }
        return token(Type.IDENT, start, name, "");
    }

    private CssToken url(int start) {
        StringBuilder value = new StringBuilder();
        while (true) {
            if (eof(pos)) {
                problem(start, "a url( that is never closed");
                return token(Type.URL, start, value.toString(), "");
            }
            char c = s.charAt(pos);
            if (c == ')') {
                pos++;
                return token(Type.URL, start, value.toString(), "");
            }
            if (isWhitespace(c)) {
                while (isWhitespace(at(pos))) {
                    pos++;
                }
                if (at(pos) == ')') {
                    pos++;
                    return token(Type.URL, start, value.toString(), "");
                }
                return badUrl(start, "a url( with a space inside (quote the URL or percent-encode the space as %20)");
            }
            if (c == '"' || c == '\'' || c == '(' || isNonPrintable(c)) {
                return badUrl(start, "a url( with " + (c == '(' ? "'('" : c == '"' || c == '\'' ? "a quote" : "a control character")
                        + " inside (quote the URL, or percent-encode the character)");
            }
            if (c == '\\') {
                if (validEscape(pos)) {
                    value.appendCodePoint(escape());
                    continue;
                }
                return badUrl(start, "a url( with a backslash at the end of a line");
            }
            value.append(c);
            pos++;
        }
    }

    private CssToken badUrl(int start, String why) {
        problem(start, why);
        while (!eof(pos)) {
            char c = s.charAt(pos);
            if (c == ')') {
                pos++;
                break;
            }
            if (validEscape(pos)) {
                escape();
            } else {
                pos++;
            }
        }
        return token(Type.BAD_URL, start, s.substring(start, pos), "");
    }

    /** Consumes an ident sequence (section 4.3.11) and returns it decoded. */
    private String name() {
        StringBuilder out = new StringBuilder();
        while (!eof(pos)) {
            char c = s.charAt(pos);
            if (isNameChar(c)) {
                out.append(c);
                pos++;
            } else if (validEscape(pos)) {
                out.appendCodePoint(escape());
            } else {
                break;
            }
        }
        return out.toString();
    }

    /** Consumes a backslash escape at pos (known to be valid) and returns the code point. */
    private int escape() {
        pos++; // the backslash
        if (eof(pos)) {
            return 0xFFFD;
        }
        char c = s.charAt(pos);
        if (isHex(c)) {
            int start = pos;
            while (pos < s.length() && pos - start < 6 && isHex(s.charAt(pos))) {
                pos++;
            }
            int cp = Integer.parseInt(s.substring(start, pos), 16);
            if (at(pos) == '\r' && at(pos + 1) == '\n') {
                pos += 2;
            } else if (isWhitespace(at(pos)) && !eof(pos)) {
                pos++;
            }
            return cp == 0 || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF ? 0xFFFD : cp;
        }
        int cp = s.codePointAt(pos);
        pos += Character.charCount(cp);
        return cp;
    }

    private boolean validEscape(int i) {
        return at(i) == '\\' && !eof(i + 1) && !isNewline(s.charAt(i + 1));
    }

    private boolean startsIdent(int i) {
        char c = at(i);
        if (c == '-') {
            return isNameStart(at(i + 1)) || at(i + 1) == '-' || validEscape(i + 1);
        }
        if (isNameStart(c) && !eof(i)) {
            return true;
        }
        return validEscape(i);
    }

    private boolean startsNumber(int i) {
        char c = at(i);
        if (c == '+' || c == '-') {
            return isDigit(at(i + 1)) || at(i + 1) == '.' && isDigit(at(i + 2));
        }
        if (c == '.') {
            return isDigit(at(i + 1));
        }
        return isDigit(c);
    }

    static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isNewline(char c) {
        return c == '\n' || c == '\r' || c == '\f';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    static boolean isNameChar(char c) {
        return isNameStart(c) || isDigit(c) || c == '-';
    }

    private static boolean isNonPrintable(char c) {
        return c <= 0x08 || c == 0x0B || c >= 0x0E && c <= 0x1F || c == 0x7F;
    }
}
