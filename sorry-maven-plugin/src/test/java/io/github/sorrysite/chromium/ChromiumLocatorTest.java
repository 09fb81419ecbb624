package io.github.sorrysite.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.sorrysite.core.BadInputException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChromiumLocatorTest {
    @TempDir
    Path dir;

    @Test
    void findsTheFirstKnownNameOnPath() throws IOException {
        Path a = Files.createDirectories(dir.resolve("a"));
        Path b = Files.createDirectories(dir.resolve("b"));
        executable(b.resolve("google-chrome"));
        executable(b.resolve("chromium"));
        Files.writeString(a.resolve("chromium"), "not executable");
        assertEquals(b.resolve("chromium"), ChromiumLocator.locate(null, a + File.pathSeparator + b));
    }

    @Test
    void missingEverywhereSaysHowToInstallIt() {
        BadInputException e = assertThrows(BadInputException.class, () -> ChromiumLocator.locate("", dir.toString()));
        assertEquals("sorry.chromium", e.where());
        assertTrue(e.getMessage().contains("apt-get install chromium"), e.getMessage());
        assertTrue(e.getMessage().contains("-Dsorry.chromium="), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line");
    }

    @Test
    void aConfiguredPathMustBeAnExecutable() throws IOException {
        BadInputException e = assertThrows(BadInputException.class,
                () -> ChromiumLocator.locate(dir.resolve("nope").toString(), null));
        assertEquals("sorry.chromium", e.where());
        Path browser = executable(dir.resolve("my-chrome"));
        assertEquals(browser, ChromiumLocator.locate(browser.toString(), null));
    }

    private static Path executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        assertTrue(file.toFile().setExecutable(true));
        return file;
    }
}
