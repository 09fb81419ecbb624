package io.github.sorrysite.core.site;

import io.github.sorrysite.core.BadInputException;
import io.github.sorrysite.core.InfrastructureException;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The files of one source directory ({@code pages/}, {@code sorrycontent/}), walked so that nothing
 * from outside it gets into the site. Symbolic links are followed, files and directories alike,
 * while what they resolve to stays inside the directory; a link that leads out of it fails the build
 * naming the link. Names with a backslash fail too (on Linux a legal character, which becomes a
 * separator once the name is a URL or a key), and so does anything that is not a regular file or a
 * directory (a pipe, a device, a socket), which the build could hang on reading.
 */
final class SourceTree {
    private SourceTree() {
    }

    /**
     * The regular files under {@code root}, sorted, as paths under {@code root} (links not resolved,
     * so the keys are the names the user sees).
     *
     * @param shown how a path is named in messages
     */
    static List<Path> files(Path root, java.util.function.Function<Path, String> shown) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        Path realRoot;
        try {
            realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new InfrastructureException("Cannot read " + root + ": " + e.getMessage(), e);
        }
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                    if (!dir.equals(root)) {
                        check(dir, root, realRoot, shown);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    check(file, root, realRoot, shown);
                    if (!attributes.isRegularFile()) {
                        throw new BadInputException(shown.apply(file), "is not a regular file (a pipe, device or socket)",
                                "remove it from " + shown.apply(root) + "; the build reads only regular files");
                    }
                    files.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    if (e instanceof FileSystemLoopException) {
                        throw new BadInputException(shown.apply(file), "is a symbolic link to a directory that contains it (a loop)",
                                "replace the link with the files it should show");
                    }
                    if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                        throw new BadInputException(shown.apply(file), "is a symbolic link to nothing (" + target(file) + ")",
                                "fix or remove the link");
                    }
                    throw new InfrastructureException("Cannot read " + file + ": " + e.getMessage(), e);
                }
            });
        } catch (IOException e) {
            throw new InfrastructureException("Cannot list " + root + ": " + e.getMessage(), e);
        }
        files.sort(null);
        return files;
    }

    private static void check(Path path, Path root, Path realRoot, java.util.function.Function<Path, String> shown) throws IOException {
        String name = path.getFileName().toString();
        if (name.indexOf('\\') >= 0) {
            // Named as it is: the shown form would turn the backslashes into slashes.
            throw new BadInputException(shown.apply(path.getParent()) + "/" + name, "has a backslash in its name, which a URL or an S3 key reads as a separator",
                    "rename it without a backslash");
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new BadInputException(shown.apply(path), "has a control character in its name", "rename it");
        }
        if (Files.isSymbolicLink(path) && !Files.exists(path)) {
            throw new BadInputException(shown.apply(path), "does not exist: it is a symbolic link to nothing (" + target(path) + ")",
                    "fix or remove the link");
        }
        Path real = path.toRealPath();
        if (!real.startsWith(realRoot)) {
            throw new BadInputException(shown.apply(path), "resolves to " + real + ", outside " + shown.apply(root)
                    + (Files.isSymbolicLink(path) ? " (it is a symbolic link)" : " (through a symbolic link above it)"),
                    "copy the file into " + shown.apply(root) + " instead of linking to it; links are followed only inside it");
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException e) {
            return "?";
        }
    }
}
