package ogi.parse.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real sample reports of {@code samples/reports} (copied from ../shared/reports). */
public final class SampleReports {
    private SampleReports() {
    }

    public static Path dir() {
        String configured = System.getProperty("shared.reports.dir");
        Path p = configured != null ? Path.of(configured) : Path.of("../samples/reports");
        return p.toAbsolutePath().normalize();
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(dir().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }
}
