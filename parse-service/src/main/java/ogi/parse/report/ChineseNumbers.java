package ogi.parse.report;

/**
 * Numbers written in Chinese numerals as reports write them: counts ({@code 三}, {@code 二十三}, {@code 一百零五},
 * {@code 两}, {@code 十二}) and years or dates digit by digit ({@code 二〇二四}).
 */
final class ChineseNumbers {
    static final String DIGITS = "〇零一二两三四五六七八九○Ｏ";

    private ChineseNumbers() {
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零', '○', 'Ｏ' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }

    /** The value of a count in Chinese numerals, or null when the text is not one. */
    static Integer parse(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        boolean positional = text.chars().noneMatch(c -> c == '十' || c == '百' || c == '千' || c == '万');
        if (positional) {
            int v = 0;
            for (char c : text.toCharArray()) {
                int d = digit(c);
                if (d < 0) {
                    return null;
                }
                v = v * 10 + d;
            }
            return text.length() > 1 && digit(text.charAt(0)) == 0 ? null : v;
        }
        int total = 0;
        int section = 0;
        int current = -1;
        for (char c : text.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                current = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return null;
            }
            if (unit == 10000) {
                section += Math.max(current, 0);
                total += (section == 0 ? 1 : section) * 10000;
                section = 0;
            } else {
                section += (current < 0 ? 1 : current) * unit;
            }
            current = -1;
        }
        return total + section + Math.max(current, 0);
    }
}
