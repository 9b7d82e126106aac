package ogi.audit.copying;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;

/**
 * Character shingles of a section's own wording: the text without whitespace, every run of digits (figures, dates)
 * one {@code #}, cut at punctuation into clauses and the clauses into {@value #SIZE}-character shingles, each kept as its 32-bit MurmurHash3
 * (Guava), minus the shingles of the template's fixed wording ({@link TemplateWording}). Sections 二 to 四 are the
 * tables: only their prose lines (a line with a comma or a full stop) are read.
 */
public final class Shingles {
    public static final int SIZE = 5;
    static final char BREAK = '|';
    private static final HashFunction MURMUR = Hashing.murmur3_32_fixed();

    private Shingles() {
    }

    /** The sorted, distinct shingle hashes of a section's own wording (template wording left out). */
    public static int[] ofSection(int number, String text) {
        return withoutTemplate(hashes(normalise(proseOf(number, text))));
    }

    /** The section's text a copy is looked for in: all of 一, 五, 六; the prose lines of the table sections. */
    static String proseOf(int number, String text) {
        if (text == null) {
            return "";
        }
        if (number == 1 || number >= 5) {
            return text;
        }
        StringBuilder prose = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.indexOf('|') < 0 && line.indexOf('\t') < 0 && line.matches(".*[，。,；].*")) {
                prose.append(line).append('\n');
            }
        }
        return prose.toString();
    }

    /**
     * Letters only (lower case), every run of digits one {@code #}, whitespace dropped (a line may break anywhere in
     * a sentence), and punctuation one {@value #BREAK}: no shingle spans it, so sentences of the template written one
     * after the other give no shingles of their own.
     */
    public static String normalise(String text) {
        StringBuilder normal = new StringBuilder(text.length());
        boolean inNumber = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isDigit(c)) {
                if (!inNumber) {
                    normal.append('#');
                }
                inNumber = true;
            } else if (Character.isLetter(c)) {
                normal.appendCodePoint(Character.toLowerCase(c));
                inNumber = false;
            } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            } else if (inNumber && (c == '.' || c == ',')) {
                continue; // 1,186.37 is one figure
            } else {
                if (normal.length() > 0 && normal.charAt(normal.length() - 1) != BREAK) {
                    normal.append(BREAK);
                }
                inNumber = false;
            }
        }
        return normal.toString();
    }

    /** The sorted, distinct hashes of the text's shingles (a text shorter than one shingle has none). */
    static int[] hashes(String normal) {
        if (normal.length() < SIZE) {
            return new int[0];
        }
        int[] all = new int[normal.length() - SIZE + 1];
        int n = 0;
        int clauseStart = 0;
        for (int i = 0; i < normal.length(); i++) {
            if (normal.charAt(i) == BREAK) {
                clauseStart = i + 1;
            } else if (i - clauseStart + 1 >= SIZE) {
                all[n++] = hash(normal, i - SIZE + 1);
            }
        }
        return sortedDistinct(all, n);
    }

    private static int hash(String normal, int from) {
        return MURMUR.hashString(normal.substring(from, from + SIZE), StandardCharsets.UTF_8).asInt();
    }

    private static int[] withoutTemplate(int[] shingles) {
        int n = 0;
        int[] own = new int[shingles.length];
        for (int h : shingles) {
            if (!TemplateWording.isTemplate(h)) {
                own[n++] = h;
            }
        }
        return Arrays.copyOf(own, n);
    }

    private static int[] sortedDistinct(int[] values, int length) {
        int[] sorted = Arrays.copyOf(values, length);
        Arrays.sort(sorted);
        int n = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    /** How many values two sorted, distinct arrays share. */
    public static int common(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }

    /**
     * The section's sentences (split at 。；！？ and line ends) most of whose own shingles are in {@code other}: what a
     * copying finding rests on, in the order written, at most {@code max}, each cut to 120 characters.
     */
    public static List<String> sentencesIn(int number, String text, int[] other, int max) {
        List<String> found = new ArrayList<>();
        for (String sentence : proseOf(number, text).split("[。；！？!?\n]")) {
            String s = sentence.strip();
            int[] own = withoutTemplate(hashes(normalise(s)));
            if (own.length >= SIZE && common(own, other) >= 0.6 * own.length) {
                found.add(s.length() > 120 ? s.substring(0, 119) + "…" : s);
                if (found.size() == max) {
                    break;
                }
            }
        }
        return found;
    }
}
