package ogi.ingest.document;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import ogi.contracts.event.DocumentFormat;

/**
 * Decides the format of an upload from its bytes first (magic numbers) and from the declared type and file name
 * second. A declared type the bytes contradict, a known binary format we do not read, or an unknown declared type
 * is refused with 415 and a message that says which.
 */
public final class DocumentTypeDetector {
    private DocumentTypeDetector() {
    }

    public static DocumentFormat detect(byte[] bytes, String contentType, String fileName) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, "%PDF-")) {
            return DocumentFormat.PDF;
        }
        if (startsWith(bytes, "PK\u0003\u0004")) {
            if (contains(bytes, "word/")) {
                return DocumentFormat.DOCX;
            }
            throw unsupported("a ZIP archive that is not a Word (DOCX) document", fileName);
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0) {
            throw unsupported("a legacy Word/Excel (OLE2 .doc/.xls) file; save it as DOCX or PDF", fileName);
        }
        if (startsWith(bytes, "\u0089PNG") || ((bytes[0] & 0xFF) == 0xFF && bytes.length > 2 && (bytes[1] & 0xFF) == 0xD8)
                || startsWith(bytes, "GIF8") || ((bytes[0] & 0xFF) == 0x1F && bytes.length > 1 && (bytes[1] & 0xFF) == 0x8B)) {
            throw unsupported("an image or compressed archive, not a report document", fileName);
        }
        if (type.equals("application/pdf") || name.endsWith(".pdf")) {
            throw new IngestException(415, "content-mismatch",
                    "declared as PDF but the content does not start with %PDF-", fileName);
        }
        if (type.contains("wordprocessingml") || name.endsWith(".docx")) {
            throw new IngestException(415, "content-mismatch",
                    "declared as DOCX but the content is not a ZIP (Office Open XML) file", fileName);
        }
        if (type.equals("text/html") || type.equals("application/xhtml+xml") || name.endsWith(".html")
                || name.endsWith(".htm") || looksLikeHtml(bytes)) {
            return DocumentFormat.HTML;
        }
        if (type.startsWith("text/") || name.endsWith(".txt")
                || ((type.isEmpty() || type.equals("application/octet-stream")) && !hasNulBytes(bytes))) {
            return DocumentFormat.TEXT;
        }
        throw unsupported("declared as '" + type + "', which is none of text/plain, text/html, DOCX or PDF", fileName);
    }

    private static IngestException unsupported(String what, String fileName) {
        return new IngestException(415, "unsupported-type",
                "unsupported document type: " + what + ". Accepted: text (UTF-8, GB18030, UTF-16), HTML, DOCX, PDF",
                fileName);
    }

    private static boolean looksLikeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\u00ef\u00bb\u00bf", "").stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<table")
                || head.startsWith("<meta") || head.startsWith("<body");
    }

    private static boolean hasNulBytes(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((bytes[i] & 0xFF) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** True when the ASCII text occurs in the bytes. */
    static boolean contains(byte[] bytes, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= bytes.length - n.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (bytes[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
