package ogi.parse.report;

import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Text as the parser reads it: traditional characters converted to simplified (ICU4J's {@code Traditional-Simplified}
 * transliterator), so that a report written in traditional characters is matched against the template's labels like
 * its simplified version; and ruby noise removed, the pinyin that some exports put in parentheses after characters
 * ({@code 經(jīng)濟(jì)} → {@code 經濟} → {@code 经济}). A text is converted only when it reads as traditional (several
 * characters that exist only in traditional writing), so a simplified report is never changed; the transliterator
 * is built on the first traditional report (some 100 ms), not at start-up.
 */
final class Simplified {
    /** Frequent characters of these reports that only traditional writing uses. */
    private static final String TRADITIONAL_ONLY = "國報區務會開門關與為這們來時說發經過還進對應總處資請復議訴訟條號據數"
            + "後點機構類屬實際導網聯繫單審計勞動衛環規費證書記錄讓強製廢現納許罰決稅職責權營結轉"
            + "頁員幣級戶詢覽隊辦廳東長縣鎮鄉濟義當題體問層設專業績顯優選擇態質歷產農醫輿論傳認識";
    private static final int TRADITIONAL_THRESHOLD = 5;
    private static final boolean[] IS_TRADITIONAL_ONLY = new boolean[Character.MAX_VALUE + 1];

    static {
        for (char c : TRADITIONAL_ONLY.toCharArray()) {
            IS_TRADITIONAL_ONLY[c] = true;
        }
    }
    private static final String PINYIN_LETTERS = "abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ";
    private static final Pattern RUBY = Pattern.compile(
            "(?<=\\p{IsHan})[（(]\\s*[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}\\s*[)）]");

    private static final class Holder {
        static final Transliterator TO_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    }

    private Simplified() {
    }

    /** The text without ruby noise and, when it is written in traditional characters, in simplified ones. */
    static String of(String text) {
        // two tight passes: measured faster than one that asks both questions of each character
        String t = mayHaveRuby(text) ? RUBY.matcher(text).replaceAll("") : text;
        return isTraditional(t) ? Holder.TO_SIMPLIFIED.transliterate(t) : t;
    }

    /** A parenthesis after a Han character opening with a pinyin letter: the regular expression is run only then. */
    private static boolean mayHaveRuby(String text) {
        for (int i = 1; i < text.length() - 1; i++) {
            char c = text.charAt(i);
            if ((c == '(' || c == '（') && opensRuby(text, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the parenthesis at {@code i} follows a Han character and opens with a pinyin letter: the regular
     * expression is run only then.
     */
    private static boolean opensRuby(String text, int i) {
        if (!isHan(text, i)) {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && TextBounds.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j < text.length() && PINYIN_LETTERS.indexOf(text.charAt(j)) >= 0;
    }

    /** The characters of the Basic Multilingual Plane that are Han: told by a lookup, not a search of the scripts. */
    private static final boolean[] IS_HAN = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0x2e80; c <= Character.MAX_VALUE; c++) {
            // U+4E00 to U+9FFF all count, as they always did here (the last few are not assigned yet)
            IS_HAN[c] = c >= 0x4e00 && c <= 0x9fff || !Character.isSurrogate((char) c)
                    && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
        }
    }

    /** Whether the character before {@code i} is a Han character. */
    private static boolean isHan(String text, int i) {
        char before = text.charAt(i - 1);
        if (!Character.isSurrogate(before)) {
            return IS_HAN[before];
        }
        return Character.UnicodeScript.of(text.codePointBefore(i)) == Character.UnicodeScript.HAN;
    }

    static boolean isTraditional(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (IS_TRADITIONAL_ONLY[text.charAt(i)] && ++n >= TRADITIONAL_THRESHOLD) {
                return true;
            }
        }
        return false;
    }
}
