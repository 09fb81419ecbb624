package io.github.sorrysite.core.publish.apply;

import io.github.sorrysite.core.publish.TestSites;
import io.github.sorrysite.core.RecordingListener;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void reportsAtMostOncePerIntervalAndAlwaysAtTheEnd() {
        TestSites.FakePacer clock = new TestSites.FakePacer();
        RecordingListener log = new RecordingListener();
        Progress progress = new Progress(log, "assets", 4, 4000, clock);

        progress.done(1000);
        progress.done(1000);
        clock.sleep(Duration.ofSeconds(2));
        progress.done(1000);
        progress.done(1000);

        assertEquals(List.of("INFO   assets: 3/4 objects, 3.0 kB/4.0 kB", "INFO   assets: 4/4 objects, 4.0 kB/4.0 kB"), log.lines);
    }
}
