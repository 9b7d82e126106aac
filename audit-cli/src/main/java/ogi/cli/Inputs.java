package ogi.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files named on the command line: a file as given (whatever its name), a folder walked for the files of the
 * types the services read (and ZIP archives of them), in name order, hidden files and folders skipped. A path that
 * does not exist or cannot be read is a usage error, found before anything is audited.
 */
final class Inputs {
    static final List<String> KNOWN_TYPES = List.of(".txt", ".htm", ".html", ".docx", ".pdf", ".zip");

    /** One file to read: where it is and how the command names it in its output. */
    record Source(Path path, String label) {
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    private Inputs() {
    }

    static List<Source> collect(List<String> arguments) throws UsageException {
        List<Source> sources = new ArrayList<>();
        for (String argument : arguments) {
            Path path = Path.of(argument);
            if (!Files.exists(path)) {
                throw new UsageException("no such file or folder: " + argument);
            }
            if (!Files.isReadable(path)) {
                throw new UsageException("cannot read " + argument);
            }
            if (Files.isDirectory(path)) {
                sources.addAll(walk(path));
            } else {
                sources.add(new Source(path, argument));
            }
        }
        return sources;
    }

    private static List<Source> walk(Path folder) throws UsageException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> !p.equals(folder) && Files.isRegularFile(p) && knownType(p) && !hidden(folder, p))
                    .sorted()
                    .map(p -> new Source(p, p.toString()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new UsageException("cannot read the folder " + folder + ": " + e.getMessage());
        }
    }

    static boolean knownType(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return KNOWN_TYPES.stream().anyMatch(name::endsWith);
    }

    private static boolean hidden(Path folder, Path p) {
        for (Path part : folder.relativize(p)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
