package io.github.sorrysite.core.css;

/**
 * One token of CSS Syntax Module Level 3 (section 4), as written in the source.
 *
 * @param text the exact source text of the token (escapes and case kept), which is what gets written back
 * @param value the token's meaning: the name of an ident, function (without the parenthesis),
 *     at-keyword (without the {@code @}) or hash (without the {@code #}); the content of a string or
 *     url; the numeric part of a number, percentage or dimension; the character of a delim
 * @param unit a dimension's unit, decoded; otherwise ""
 * @param line 1-based line of the first character
 * @param column 1-based column of the first character
 */
public record CssToken(Type type, String text, String value, String unit, int line, int column) {
    public enum Type {
        IDENT, FUNCTION, AT_KEYWORD, HASH, STRING, BAD_STRING, URL, BAD_URL, DELIM, NUMBER, PERCENTAGE, DIMENSION,
        WHITESPACE, CDO, CDC, COLON, SEMICOLON, COMMA, LEFT_BRACKET, RIGHT_BRACKET, LEFT_PAREN, RIGHT_PAREN,
        LEFT_BRACE, RIGHT_BRACE
    }

    public boolean is(Type t) {
        return type == t;
    }

    public boolean isDelim(char c) {
        return type == Type.DELIM && value.length() == 1 && value.charAt(0) == c;
    }

    public boolean isIdent(String name) {
        return type == Type.IDENT && value.equalsIgnoreCase(name);
    }

    /** The same token with other source text (for rewrites such as a new URL). */
    public CssToken withText(String newText, String newValue) {
        return new CssToken(type, newText, newValue, unit, line, column);
    }

    @Override
    public String toString() {
        return text;
    }
}
