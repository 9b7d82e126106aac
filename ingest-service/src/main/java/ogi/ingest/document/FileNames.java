package ogi.ingest.document;

/**
 * File names as uploaders send them, made fit to store, publish and log: control characters (CR, LF, ESC, NUL ...)
 * become {@code _}, so a name cannot forge log lines or drive a terminal downstream, and a name longer than
 * {@value #MAX_LENGTH} characters is cut, keeping its extension.
 */
public final class FileNames {
    public static final int MAX_LENGTH = 255;

    private FileNames() {
    }

    public static String clean(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(name.length(), MAX_LENGTH));
        name.codePoints().forEach(c -> out.appendCodePoint(
                Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xFEFF ? '_' : c));
        String cleaned = out.toString().strip();
        if (cleaned.length() <= MAX_LENGTH) {
            return cleaned;
        }
        int dot = cleaned.lastIndexOf('.');
        String extension = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
        String head = cleaned.substring(0, MAX_LENGTH - extension.length() - 1);
        if (Character.isHighSurrogate(head.charAt(head.length() - 1))) {
            head = head.substring(0, head.length() - 1);
        }
        return head + "…" + extension;
    }
}
