package ogi.ingest.document;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import ogi.ingest.config.IngestConfig;

/**
 * A ZIP of many reports in one upload, read from its file through the archive's directory (no file is expanded to
 * learn what the archive holds). Names are read as UTF-8 when the archive says so and as GB18030 otherwise (Chinese
 * Windows writes GBK names without the flag).
 * <p>
 * {@link #survey} expands every file once, keeping nothing but its size, and refuses the archive as a whole at the
 * first limit crossed: more files or expanded bytes than configured, or a file that expands beyond the configured
 * ratio (zip bombs), counted while reading, never trusting the sizes the archive declares. Refused per file, with
 * the reason: names that climb out of the archive or are absolute (path tricks), archives inside the archive, files
 * over the document limit. Folders, {@code __MACOSX/} and hidden files are skipped. The files' bytes are then read
 * one at a time, when each is published.
 */
public final class ReportArchive implements AutoCloseable {
    private static final long RATIO_CHECKED_FROM = 1_000_000;

    /** One file of the archive: its upload (bytes read when needed), or why it is refused. */
    public record Entry(String name, Upload upload, IngestException refusal) {
    }

    private final ZipFile zip;
    private final Path temporary;
    private final String archiveName;
    private final IngestConfig config;

    private ReportArchive(ZipFile zip, Path temporary, String archiveName, IngestConfig config) {
        this.zip = zip;
        this.temporary = temporary;
        this.archiveName = archiveName;
        this.config = config;
    }

    /** True for a ZIP that is not a Word document (a DOCX is a ZIP too, with word/document.xml in it). */
    public static boolean isArchive(Upload upload) {
        byte[] head = upload.content().read(3);
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) {
            return false;
        }
        try (ReportArchive archive = open(upload, null)) {
            return archive.zip.getEntry("word/document.xml") == null
                    && archive.zip.getEntry("[Content_Types].xml") == null;
        } catch (IngestException e) {
            return false;
        }
    }

    /**
     * True for the start of a ZIP that is not a Word document, judged by the names of its first entries (Word and
     * WPS write {@code [Content_Types].xml} first, every DOCX has {@code word/} parts), not by expanding it.
     */
    static boolean isArchive(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4
                && !DocumentTypeDetector.contains(head, "word/")
                && !DocumentTypeDetector.contains(head, "[Content_Types].xml");
    }

    public static ReportArchive open(Upload upload, IngestConfig config) {
        Path temporary = null;
        try {
            Path file = upload.content().file().orElse(null);
            if (file == null) {
                temporary = Files.createTempFile("ogi-archive-", ".zip");
                Files.write(temporary, upload.content().read(Integer.MAX_VALUE - 9));
                file = temporary;
            }
            return new ReportArchive(new ZipFile(file.toFile(), ZipFile.OPEN_READ, Charset.forName("GB18030")),
                    temporary, upload.fileName(), config);
        } catch (IOException | IllegalArgumentException e) {
            delete(temporary);
            throw new IngestException(400, "unreadable-archive", "the ZIP archive cannot be read", upload.fileName());
        }
    }

    /**
     * Every file once, expanded and counted, nothing kept: the archive refused as a whole at the first limit crossed,
     * the files refused one by one with their reasons, the others to be read when published.
     */
    public List<Entry> survey() {
        List<Entry> entries = new ArrayList<>();
        long expanded = 0;
        try {
            for (ZipEntry e : Collections.list(zip.entries())) {
                String name = e.getName();
                if (e.isDirectory() || skipped(name)) {
                    continue;
                }
                if (entries.size() >= config.zipMaxEntries()) {
                    throw refusal(413, "archive-too-large", "the archive holds more than " + config.zipMaxEntries()
                            + " files");
                }
                String unsafe = unsafeName(name);
                if (unsafe != null) {
                    entries.add(refused(name, 400, "unsafe-path", unsafe));
                    continue;
                }
                long size = expandedSize(e, expanded);
                expanded += size;
                if (size > config.maxDocumentBytes()) {
                    entries.add(refused(name, 413, "document-too-large", "the file has more than "
                            + config.maxDocumentBytes() + " bytes"));
                } else if (isArchive(head(e))) {
                    entries.add(refused(name, 400, "nested-archive", "an archive inside the archive is not opened"));
                } else {
                    entries.add(new Entry(name, new Upload(bytesOf(e, size), null, baseName(name), null), null));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw refusal(400, "unreadable-archive", "the ZIP archive cannot be read: " + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw refusal(400, "empty-archive", "the archive holds no file");
        }
        return entries;
    }

    /**
     * What a file expands to, counted while reading: the archive is refused once all its files expand beyond the
     * limit, or once this one expands beyond the ratio to its compressed size (the directory's figure, which bounds
     * what the reader takes of the archive); reading stops at the document limit.
     */
    private long expandedSize(ZipEntry e, long expandedBefore) throws IOException {
        long compressed = Math.max(1, e.getCompressedSize());
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = zip.getInputStream(e)) {
            for (int n; (n = in.read(buffer)) > 0;) {
                size += n;
                if (expandedBefore + size > config.zipMaxExpandedBytes()) {
                    throw refusal(413, "archive-too-large", "the archive expands to more than "
                            + config.zipMaxExpandedBytes() + " bytes");
                }
                if (size > RATIO_CHECKED_FROM && size / compressed > config.zipMaxRatio()) {
                    throw refusal(413, "zip-bomb", "the archive expands more than " + config.zipMaxRatio()
                            + " times its size (at " + FileNames.clean(e.getName()) + ")");
                }
                if (size > config.maxDocumentBytes()) {
                    break;
                }
            }
        } catch (ZipException bad) {
            throw refusal(400, "unreadable-archive", "the ZIP archive is damaged at " + FileNames.clean(e.getName()));
        }
        return size;
    }

    /** The first 64 kB of a file: enough to tell a nested archive from a Word document by its first entries' names. */
    private byte[] head(ZipEntry e) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            return in.readNBytes(64 * 1024);
        }
    }

    private DocumentBytes bytesOf(ZipEntry e, long size) {
        return new DocumentBytes() {
            @Override
            public long size() {
                return size;
            }

            @Override
            public byte[] read(long limit) {
                try (InputStream in = zip.getInputStream(e)) {
                    return in.readNBytes((int) Math.min(limit + 1, size));
                } catch (IOException ex) {
                    throw new IngestException(400, "unreadable-archive", "the file cannot be read from the archive",
                            baseName(e.getName()));
                }
            }
        };
    }

    private IngestException refusal(int status, String code, String message) {
        return new IngestException(status, code, message, archiveName);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // read only: nothing to lose
        }
        delete(temporary);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    private static boolean skipped(String name) {
        String base = baseName(name);
        return name.startsWith("__MACOSX/") || base.startsWith(".") || base.isEmpty();
    }

    /** Why a name is unsafe, or null: absolute, a drive, climbing out with "..", or control characters. */
    static String unsafeName(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return "an absolute path: " + FileNames.clean(name);
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return "a path that climbs out of the archive: " + FileNames.clean(name);
            }
        }
        if (n.chars().anyMatch(c -> c < 0x20)) {
            return "a name with control characters";
        }
        return null;
    }

    private static String baseName(String name) {
        String n = name.replace('\\', '/');
        return n.substring(n.lastIndexOf('/') + 1);
    }

    private static Entry refused(String name, int status, String code, String message) {
        return new Entry(FileNames.clean(name), null, new IngestException(status, code, message,
                FileNames.clean(baseName(name))));
    }
}
