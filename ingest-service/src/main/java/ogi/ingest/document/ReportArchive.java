package ogi.ingest.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import ogi.ingest.config.IngestConfig;

/**
 * A ZIP of many reports in one upload, expanded into its files. Names are read as UTF-8 when the archive says so and
 * as GB18030 otherwise (Chinese Windows writes GBK names without the flag). Refused as a whole: more files or
 * expanded bytes than configured, or a file that expands beyond the configured ratio (zip bombs), checked while
 * reading, never trusting the sizes the archive declares. Refused per file, with the reason: names that climb out
 * of the archive or are absolute (path tricks), archives inside the archive, files over the document limit.
 * Folders, {@code __MACOSX/} and hidden files are skipped.
 */
public final class ReportArchive {
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** One file of the archive: its upload, or why it is refused. */
    public record Entry(String name, Upload upload, IngestException refusal) {
    }

    private ReportArchive() {
    }

    /** True for a ZIP that is not a Word document (a DOCX is a ZIP too, with word/document.xml in it). */
    public static boolean isArchive(byte[] bytes) {
        if (bytes == null || bytes.length < 4 || bytes[0] != ZIP[0] || bytes[1] != ZIP[1] || bytes[2] != ZIP[2]
                || bytes[3] != ZIP[3]) {
            return false;
        }
        try (ZipInputStream zip = open(bytes)) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                if (e.getName().equals("word/document.xml") || e.getName().equals("[Content_Types].xml")) {
                    return false;
                }
            }
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    public static List<Entry> expand(byte[] archive, String archiveName, IngestConfig config) {
        List<Entry> entries = new ArrayList<>();
        long expanded = 0;
        // how far into the archive's bytes the reading is: what has been expanded so far came from these
        java.util.concurrent.atomic.AtomicLong consumed = new java.util.concurrent.atomic.AtomicLong();
        InputStream counting = new java.io.FilterInputStream(new ByteArrayInputStream(archive)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                consumed.addAndGet(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                consumed.addAndGet(Math.max(0, n));
                return n;
            }
        };
        try (ZipInputStream zip = new ZipInputStream(counting, Charset.forName("GB18030"))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                String name = e.getName();
                if (e.isDirectory() || skipped(name)) {
                    continue;
                }
                if (entries.size() >= config.zipMaxEntries()) {
                    throw new IngestException(413, "archive-too-large", "the archive holds more than "
                            + config.zipMaxEntries() + " files", archiveName);
                }
                String unsafe = unsafeName(name);
                if (unsafe != null) {
                    entries.add(refused(name, 400, "unsafe-path", unsafe));
                    continue;
                }
                long before = expanded;
                byte[] bytes = readEntry(zip, e, config, archiveName, consumed, before);
                expanded += bytes.length;
                if (expanded > config.zipMaxExpandedBytes()) {
                    throw new IngestException(413, "archive-too-large", "the archive expands to more than "
                            + config.zipMaxExpandedBytes() + " bytes", archiveName);
                }
                if (bytes.length > config.maxDocumentBytes()) {
                    entries.add(refused(name, 413, "document-too-large", "the file has more than "
                            + config.maxDocumentBytes() + " bytes"));
                } else if (isZip(bytes) && isArchive(bytes)) {
                    entries.add(refused(name, 400, "nested-archive", "an archive inside the archive is not opened"));
                } else {
                    entries.add(new Entry(name, new Upload(bytes, null, baseName(name), null), null));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IngestException(400, "unreadable-archive", "the ZIP archive cannot be read: " + e.getMessage(),
                    archiveName);
        }
        if (entries.isEmpty()) {
            throw new IngestException(400, "empty-archive", "the archive holds no file", archiveName);
        }
        return entries;
    }

    private static ZipInputStream open(byte[] bytes) {
        return new ZipInputStream(new ByteArrayInputStream(bytes), Charset.forName("GB18030"));
    }

    /**
     * Reads one file, counting what the archive expands to against the archive bytes read so far (sizes declared in
     * the archive are not trusted, and streamed entries declare none): stops at the document limit (plus one byte),
     * refuses the archive past the ratio.
     */
    private static byte[] readEntry(InputStream zip, ZipEntry e, IngestConfig config, String archiveName,
            java.util.concurrent.atomic.AtomicLong consumed, long expandedBefore) throws IOException {
        long limit = config.maxDocumentBytes() + 1;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int n; (n = zip.read(buffer)) > 0;) {
            out.write(buffer, 0, Math.min(n, (int) Math.max(0, limit - out.size())));
            long expanded = expandedBefore + out.size();
            if (expanded > 1_000_000 && expanded / Math.max(1, consumed.get()) > config.zipMaxRatio()) {
                throw new IngestException(413, "zip-bomb", "the archive expands more than " + config.zipMaxRatio()
                        + " times its size (at " + e.getName() + ")", archiveName);
            }
            if (out.size() >= limit) {
                break;
            }
        }
        return out.toByteArray();
    }

    private static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    private static boolean skipped(String name) {
        String base = baseName(name);
        return name.startsWith("__MACOSX/") || base.startsWith(".") || base.isEmpty();
    }

    /** Why a name is unsafe, or null: absolute, a drive, climbing out with "..", or control characters. */
    static String unsafeName(String name) {
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return "an absolute path: " + name;
        }
        for (String part : n.split("/")) {
            if (part.equals("..")) {
                return "a path that climbs out of the archive: " + name;
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
        return new Entry(name, null, new IngestException(status, code, message, baseName(name)));
    }
}
