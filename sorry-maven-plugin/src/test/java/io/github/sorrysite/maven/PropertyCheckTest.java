package io.github.sorrysite.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** "Did you mean": the nearest property a goal of the plugin reads. */
class PropertyCheckTest {
    static final List<String> KNOWN = List.of("sorry.dryRun", "sorry.target", "sorry.cloudfront.distributionIds",
            "sorry.inline.budget", "sorry.inline.budgetUnit", "sorry.publish.maxDeletes");

    @ParameterizedTest
    @CsvSource({
            "sorry.dryrun, sorry.dryRun",
            "sorry.DRYRUN, sorry.dryRun",
            "sorry.targt, sorry.target",
            "sorry.inline.budgt, sorry.inline.budget",
            "sorry.cloudfront.distributionsIds, sorry.cloudfront.distributionIds",
            "sorry.maxdeletes, sorry.publish.maxDeletes"})
    void suggestsTheNearestKnownName(String typed, String expected) {
        assertEquals(expected, PropertyCheck.nearest(typed, KNOWN));
    }

    @ParameterizedTest
    @CsvSource({"sorry.something.else", "sorry.x"})
    void suggestsNothingWhenNothingIsNear(String typed) {
        assertNull(PropertyCheck.nearest(typed, KNOWN));
    }

    @ParameterizedTest
    @CsvSource({"abc, abc, 0", "abc, abd, 1", "abc, ab, 1", "kitten, sitting, 3", "'', abc, 3"})
    void editDistance(String a, String b, int expected) {
        assertEquals(expected, PropertyCheck.distance(a, b));
    }
}
