package io.github.sorrysite.core.site;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import org.junit.jupiter.api.Test;

class OutputClaimsTest {
    @Test
    void theSameBytesFromTwoSourcesAreNoClashButDifferentBytesAre() {
        OutputClaims claims = new OutputClaims();
        claims.claim("site/sorrycontent/alb.5p76808.css", "sorrycontent/alb-a.css", "ab");
        claims.claim("site/sorrycontent/alb.5p76808.css", "sorrycontent/alb-b.css", "ab");

        BadInputException e = assertThrows(BadInputException.class,
                () -> claims.claim("site/sorrycontent/alb.5p76808.css", "sorrycontent/alb-c.css", "cd"));
        assertTrue(e.getMessage().contains("both write site/sorrycontent/alb.5p76808.css: sorrycontent/alb-a.css and sorrycontent/alb-c.css"),
                e.getMessage());
        assertThrows(BadInputException.class, () -> claims.claim("site/sorrycontent/alb.5p76808.css", "pages/x.md"));
    }
}
