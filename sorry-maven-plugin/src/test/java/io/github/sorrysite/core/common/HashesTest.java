package io.github.sorrysite.core.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HashesTest {
    @Test
    void fingerprintIsTheFirst35BitsOfTheSha256InLowercaseCrockfordBase32() {
        // Expected values computed independently (Python hashlib, bits of the digest's first 5 bytes >> 5).
        assertEquals("werc8gm", Hashes.fingerprint(Hashes.sha256(new byte[0])));
        assertEquals("2q22ndv", Hashes.fingerprint(Hashes.sha256("body{color:red}".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void fingerprintedNamesKeepTheExtensionLast() {
        String sha = Hashes.sha256(new byte[0]);
        assertEquals("sorrycontent/css/site.werc8gm.css", Hashes.fingerprintedName("sorrycontent/css/site.css", sha));
        assertEquals("sorrycontent/LICENSE.werc8gm", Hashes.fingerprintedName("sorrycontent/LICENSE", sha));
        assertEquals("sorrycontent/.well-known.werc8gm", Hashes.fingerprintedName("sorrycontent/.well-known", sha));
        assertEquals("sorrycontent/a.b/c.werc8gm", Hashes.fingerprintedName("sorrycontent/a.b/c", sha));
    }

    @Test
    void fingerprintsUseOnlyUnambiguousLowercaseCharactersAndSpreadOverThem() {
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String fingerprint = Hashes.fingerprint(Hashes.sha256(Integer.toString(i).getBytes(StandardCharsets.UTF_8)));
            assertTrue(fingerprint.matches("[0-9a-hjkmnp-tv-z]{7}"), fingerprint);
            fingerprint.chars().forEach(c -> seen.add((char) c));
        }
        assertEquals(32, seen.size(), "all 32 characters appear: " + seen);
    }
}
