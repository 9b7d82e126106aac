package ogi.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The sample reports and their golden parsed events, read from the project's samples folder. */
final class Samples {
    static final List<String> NAMES = List.of("dushanzi-urban-management-2021", "unnamed-bureau-2023",
            "weibin-urban-management-2022", "wusu-urban-management-2023");

    private Samples() {
    }

    static Path root() {
        return Path.of(System.getProperty("samples.dir", "samples"));
    }

    static String text(String name) {
        return read(root().resolve("reports").resolve(name + ".txt"));
    }

    static String goldenJson(String name) {
        return read(root().resolve("golden").resolve(name + ".parsed.json"));
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
