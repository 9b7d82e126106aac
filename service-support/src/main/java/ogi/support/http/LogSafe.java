package ogi.support.http;

/**
 * Text from a request (a file name, a path) made safe for a log line: control characters (CR, LF, ESC, NUL ...)
 * shown as {@code \u001b}-style escapes, so a name cannot forge log lines or drive a terminal, and cut to a length.
 */
public final class LogSafe {
    private LogSafe() {
    }

    public static String text(String value, int maxLength) {
        if (value == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(value.length(), maxLength) + 8);
        for (int i = 0; i < value.length() && out.length() < maxLength; i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (out.length() >= maxLength && value.length() > maxLength) {
            out.setLength(maxLength);
            out.append('…');
        }
        return out.toString();
    }
}
