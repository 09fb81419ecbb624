package io.github.sorrysite.core.css;

import com.helger.css.decl.CSSDeclarationList;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.parser.ParseException;
import com.helger.css.parser.Token;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderDeclarationList;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.reader.errorhandler.ICSSParseErrorHandler;
import io.github.sorrysite.core.BadInputException;

/**
 * Parses CSS with ph-css and refuses anything it could not parse completely.
 *
 * <p>ph-css recovers from errors by skipping to the end of the rule, which silently drops the
 * declarations after the error (for example everything after {@code clamp(1rem, 2vw + 1rem, 2rem)}).
 * A minifier that loses CSS is worse than none, so every recovered error becomes a build error
 * that points at the line and says how to write the construct so it parses.
 */
public final class CssParser {
    static final String HINT = "ph-css does not support CSS nesting, media range syntax or +/- directly"
            + " inside clamp()/min()/max(); write (min-width: 40em) and clamp(1rem, calc(1rem + 2vw), 2rem)";

    private CssParser() {
    }

    /** Parses a whole stylesheet. {@code where} names the file (or page) in error messages. */
    public static CascadingStyleSheet parseStylesheet(String css, String where) {
        Collector errors = new Collector(where, 0);
        CascadingStyleSheet sheet = CSSReader.readFromStringReader(css, settings(errors));
        errors.throwIfAny();
        if (sheet == null) {
            throw new BadInputException(where, "is not valid CSS", HINT);
        }
        return sheet;
    }

    /**
     * Parses the content of a {@code style} attribute.
     *
     * @param lineOffset added to reported line numbers, so errors point into the enclosing file
     */
    public static CSSDeclarationList parseDeclarations(String css, String where, int lineOffset) {
        Collector errors = new Collector(where, lineOffset);
        CSSDeclarationList list = CSSReaderDeclarationList.readFromString(css, settings(errors));
        errors.throwIfAny();
        if (list == null) {
            throw new BadInputException(where, "has a style attribute that is not valid CSS: " + css, HINT);
        }
        return list;
    }

    private static CSSReaderSettings settings(Collector errors) {
        return new CSSReaderSettings()
                .setCustomErrorHandler(errors)
                .setCustomExceptionHandler(errors::onUnrecoverable)
                .setBrowserCompliantMode(false);
    }

    /** Keeps the first problem ph-css reports; ph-css would otherwise log it and carry on. */
    private static final class Collector implements ICSSParseErrorHandler {
        private final String where;
        private final int lineOffset;
        private BadInputException first;

        Collector(String where, int lineOffset) {
            this.where = where;
            this.lineOffset = lineOffset;
        }

        void onUnrecoverable(ParseException e) {
            record(e.currentToken == null ? null : e.currentToken.next, "cannot be parsed");
        }

        @Override
        public void onCSSParseError(ParseException e, Token lastSkipped) {
            record(e.currentToken == null ? null : e.currentToken.next, "has CSS that cannot be parsed");
        }

        @Override
        public void onCSSUnexpectedRule(Token token, String rule, String message) {
            record(token, "has an unexpected " + rule + " rule (" + message + ")");
        }

        @Override
        public void onCSSDeprecatedProperty(Token prefix, Token property) {
            // Old IE hacks such as *zoom: ph-css keeps them; browsers ignore them. Not an error.
        }

        @Override
        public void onCSSBrowserCompliantSkip(ParseException e, Token from, Token to) {
            record(from, "has CSS that cannot be parsed");
        }

        @Override
        public void onIllegalCharacter(char c) {
            if (first == null) {
                first = new BadInputException(where, "has a character CSS does not allow: '" + c + "'", HINT);
            }
        }

        private void record(Token token, String problem) {
            if (first != null) {
                return;
            }
            String at = where;
            String near = "";
            if (token != null) {
                at = where + ":" + (token.beginLine + lineOffset) + ":" + token.beginColumn;
                near = token.image == null || token.image.isBlank() ? "" : " near '" + token.image.strip() + "'";
            }
            first = new BadInputException(at, problem + near, HINT);
        }

        void throwIfAny() {
            if (first != null) {
                throw first;
            }
        }
    }
}
