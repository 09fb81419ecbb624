package io.github.sorrysite.core.common;

import io.github.sorrysite.core.BadInputException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Files;

/** Strict reading of text sources: a file that is not valid UTF-8 is a user error, not mojibake. */
public final class Utf8Files {
    private Utf8Files() {
    }

    /**
     * Reads {@code file} as UTF-8, dropping a leading byte order mark.
     *
     * @param shownAs how to name the file in an error message (usually relative to the project)
     */
    public static String read(Path file, String shownAs) {
        byte[] bytes = readBytes(file, shownAs);
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int offset = firstInvalidOffset(bytes);
            throw new BadInputException(shownAs + ":" + lineOf(bytes, offset),
                    "is not valid UTF-8 (first bad byte at offset " + offset + ")",
                    "save the file as UTF-8");
        }
    }

    /** Reads raw bytes, turning I/O failures on a source file into a clear user-facing error. */
    public static byte[] readBytes(Path file, String shownAs) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException(shownAs, "does not exist", "create it or fix the path");
        } catch (AccessDeniedException e) {
            throw new BadInputException(shownAs, "cannot be read (permission denied)",
                    "make the file readable by the user running Maven");
        } catch (IOException e) {
            throw new BadInputException(shownAs, "cannot be read (" + e.getMessage() + ")",
                    "check the file and its permissions");
        }
    }

    private static int firstInvalidOffset(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
