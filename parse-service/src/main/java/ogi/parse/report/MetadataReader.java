package ogi.parse.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ogi.contracts.region.Division;
import ogi.contracts.region.DivisionTable;

/**
 * Reads who published the report, for which year and when, as a reader finds them. The agency comes from the title
 * ({@code 新乡市卫滨区城市管理局2022年政府信息公开工作年度报告}, {@code 2023年度XX局政府信息公开工作年度报告}, or a
 * title split over two lines: the agency on one, {@code 2023年度政府信息公开工作年度报告} on the next), else from the
 * preamble ({@code 根据《条例》规定，现公布XX局2023年…}), else from the signature above the date at the end, else
 * from the opening sentence ({@code 2021年，独山子区城市管理局按照…}); never a year alone, a year prefix
 * ({@code 2019年}) or boilerplate ({@code 我局}). The year is the title's, else the one the first section names most.
 * The publication date is the signature's (Arabic or Chinese numerals: {@code 2024年1月15日},
 * {@code 二〇二四年一月十五日}) or a {@code 发布日期}/{@code 发布时间} line's.
 */
final class MetadataReader {
    private static final String AGENCY_SUFFIX =
            "(?:人民政府办公室|人民政府办公厅|人民政府|委员会|管理局|办公室|办公厅|局|委|办|厅|署|院|中心|处|所|站|队|街道办事处|街道|镇|乡|公司)";
    private static final Pattern TITLE = Pattern.compile(
            "^(.{0,40}?)(?:关于)?(?:(20\\d{2})\\s*年度?)?政府信息公开工作(?:(20\\d{2})\\s*)?年度?报告");
    private static final String TITLE_WORDS = "政府信息公开工作";
    /** The first line of a title that goes on on the next: it stops inside 政府信息公开工作 or right after the year. */
    private static final Pattern BROKEN_TITLE = Pattern.compile("政府信?息?公?开?工?作?$|政府信息公开|20\\d{2}年度?$");
    private static final Pattern OPENING_AGENCY = Pattern.compile(
            "20\\d{2}\\s*年度?[,，]?\\s*([\\p{IsHan}]{2,30}?" + AGENCY_SUFFIX + ")(?=[\\p{IsHan}（(《]|$)");
    /** 现公布XX局2023年…, 特发布XX局…: the preamble names the agency; 我局, 本局 are not names. */
    private static final Pattern PREAMBLE_AGENCY = Pattern.compile(
            "(?:现|特|予以|特此)(?:予以)?(?:公布|发布|公开)(?!我|本)([\\p{IsHan}]{2,30}?" + AGENCY_SUFFIX
                    + ")(?=\\s*(?:20\\d{2}|[〇零一二三四五六七八九○]{4}|《|政府信息公开|年度))");
    private static final Pattern SIGNATURE_AGENCY = Pattern.compile("^[\\p{IsHan}（）()]{2,40}" + AGENCY_SUFFIX + "$");
    private static final Pattern YEAR_PREFIX = Pattern.compile("^(?:20\\d{2}|[〇零一二三四五六七八九○]{4})\\s*年度?");
    private static final Pattern ONLY_YEAR = Pattern.compile("^(?:20\\d{2}|[〇零一二三四五六七八九○]{4})\\s*年?度?$");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern DATE = Pattern.compile("(20\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern DASHED_DATE = Pattern.compile("(20\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern CHINESE_DATE = Pattern.compile(
            "([〇零一二三四五六七八九○Ｏ]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日");
    private static final Pattern REGION = Pattern.compile(
            "^((?:[\\p{IsHan}]{2,9}?(?:省|自治区|特别行政区))?(?:[\\p{IsHan}]{1,9}?(?:自治州|地区|盟|市))?"
                    + "(?:[\\p{IsHan}]{1,9}?(?:自治县|自治旗|县|区|旗|市))?)");
    private static final List<String> NOT_NAMES = List.of("我局", "本局", "我单位", "本单位", "我委", "本委", "我办",
            "本办", "本机关", "我机关", "我中心", "本中心", "我院", "本院", "我厅", "本厅", "我区", "我市", "我县");

    private static final Pattern PROVINCE_SUFFIX = Pattern.compile("(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省)$");

    record Metadata(String agency, String region, Integer year, LocalDate publicationDate, String agencyKey) {
    }

    private MetadataReader() {
    }

    /** A title is read from the first characters of a line; the rest of a long line is prose. */
    private static final int TITLE_CHARS = 160;

    private static String titlePart(String line) {
        return line.length() <= TITLE_CHARS ? line : line.substring(0, TITLE_CHARS);
    }

    static Metadata read(ReportLines lines, String firstSectionText) {
        String agency = null;
        Integer year = null;
        List<String> head = new ArrayList<>();
        for (int i = 0; i < lines.size() && head.size() < 8; i++) {
            String line = lines.clean(i).strip();
            if (!line.isEmpty()) {
                head.add(line);
            }
        }
        for (int i = 0; i < head.size(); i++) {
            String line = withoutSpaces(titlePart(head.get(i)));
            Matcher m = TITLE.matcher(line);
            // TITLE holds 政府信息公开工作: a line without it is searched no further
            boolean found = line.contains(TITLE_WORDS) && m.find();
            if (!found && head.get(i).length() <= TITLE_CHARS && i + 1 < head.size() && !line.contains("报告")
                    && mayBreakTitle(line) && BROKEN_TITLE.matcher(line).find()) {
                // a title broken inside: XX局2023年度政府信息公开 / 工作年度报告, XX局 2022 年政府信息 / 公开工作年度报告
                String joined = line + withoutSpaces(titlePart(head.get(i + 1)));
                m = TITLE.matcher(joined);
                found = joined.contains(TITLE_WORDS) && m.find();
            }
            if (!found) {
                continue;
            }
            String y = m.group(2) != null ? m.group(2) : m.group(3);
            Matcher leadingYear = YEAR_PREFIX.matcher(m.group(1));
            if (y == null && leadingYear.find()) {
                Matcher digits = YEAR.matcher(leadingYear.group());
                y = digits.find() ? digits.group(1) : null;
            }
            year = y == null ? null : Integer.valueOf(y);
            agency = cleanAgency(m.group(1));
            if (agency == null && i > 0) {
                // a title split over two lines: the agency on the line above 2023年度政府信息公开工作年度报告
                String above = withoutSpaces(head.get(i - 1));
                if (SIGNATURE_AGENCY.matcher(above).matches()) {
                    agency = cleanAgency(above);
                }
            }
            break;
        }
        int firstVerbLine = agency == null ? firstPreambleVerbLine(lines) : -1;
        if (firstVerbLine >= 0) {
            agency = preambleAgency(preamble(lines, firstVerbLine));
        }
        if (agency == null) {
            agency = signatureAgency(lines);
        }
        if (agency == null && firstSectionText != null) {
            Matcher m = OPENING_AGENCY.matcher(firstSectionText);
            if (m.find()) {
                agency = cleanAgency(m.group(1));
            }
        }
        if (year == null) {
            year = mostNamedYear(firstSectionText != null ? firstSectionText : String.join("\n", lines.rawLines()));
        }
        return new Metadata(agency, regionOf(agency), year, publicationDate(lines),
                agency == null ? null : agencyKey(agency, opening(lines)));
    }

    /** Lines read for the preamble. */
    private static final int PREAMBLE_LINES = 60;
    /** The opening of the text that tells apart divisions of the same name (DivisionTable reads no more). */
    private static final int OPENING_CHARS = 600;

    /**
     * What {@link #BROKEN_TITLE} needs: 政府, or a 年 at the end (before a line terminator at most). Without either
     * the expression is not tried.
     */
    private static boolean mayBreakTitle(String line) {
        return line.contains("政府") || line.lastIndexOf('年') >= line.length() - 4;
    }

    /**
     * The first line where the {@link #preamble} holds a verb {@link #preambleAgency} tries (公布, 发布 or 公开 after
     * 现, 特, 此 or 予以), told from the lines as written, where spaces may stand between those characters; -1 when
     * none does. The preamble is built from that line on (a match starts on its verb's line), or not at all.
     */
    private static int firstPreambleVerbLine(ReportLines lines) {
        for (int i = 0; i < Math.min(lines.size(), PREAMBLE_LINES); i++) {
            String line = lines.raw(i);
            for (char second : new char[] {'布', '开'}) {
                for (int k = line.indexOf(second); k >= 0; k = line.indexOf(second, k + 1)) {
                    int first = previousKept(line, k);
                    if (first < 0 || !(line.charAt(first) == '公' || second == '布' && line.charAt(first) == '发')) {
                        continue;
                    }
                    int before = previousKept(line, first);
                    if (before < 0) {
                        continue;
                    }
                    char c = line.charAt(before);
                    if (c == '现' || c == '特' || c == '此') {
                        return i;
                    }
                    int yu = c == '以' ? previousKept(line, before) : -1;
                    if (yu >= 0 && line.charAt(yu) == '予') {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /** The index of the character before {@code at} that the preamble keeps (not a space, tab or ideographic space). */
    private static int previousKept(String line, int at) {
        int k = at - 1;
        while (k >= 0 && isPreambleSpace(line.charAt(k))) {
            k--;
        }
        return k;
    }

    private static boolean isPreambleSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }

    /** The first lines from {@code from} on joined by line breaks, without spaces, tabs and ideographic spaces. */
    private static String preamble(ReportLines lines, int from) {
        int count = Math.min(lines.size(), PREAMBLE_LINES);
        int length = 0;
        for (int i = from; i < count; i++) {
            length += lines.raw(i).length() + 1;
        }
        // each line copied whole, then its spaces squeezed out in place (a StringBuilder copies ranges char by char)
        char[] b = new char[length];
        int n = 0;
        for (int i = from; i < count; i++) {
            if (i > from) {
                b[n++] = '\n';
            }
            String line = lines.raw(i);
            line.getChars(0, line.length(), b, n);
            if (line.indexOf(' ') < 0 && line.indexOf('\t') < 0 && line.indexOf('\u3000') < 0) {
                n += line.length();
                continue;
            }
            for (int k = n, end = n + line.length(); k < end; k++) {
                char c = b[k];
                if (c != ' ' && c != '\t' && c != '\u3000') {
                    b[n++] = c;
                }
            }
        }
        return new String(b, 0, n);
    }

    /** The first lines joined by line breaks, as far as {@link #OPENING_CHARS} characters. */
    private static String opening(ReportLines lines) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(lines.size(), PREAMBLE_LINES) && b.length() < OPENING_CHARS; i++) {
            if (i > 0) {
                b.append('\n');
            }
            b.append(lines.raw(i));
        }
        return b.toString();
    }

    /** The agency name without year prefixes, 关于, spaces and punctuation; null for a year or a pronoun. */
    static String cleanAgency(String text) {
        if (text == null) {
            return null;
        }
        String a = withoutLeading(withoutSpaces(text), "，,。:：、");
        for (Matcher m = YEAR_PREFIX.matcher(a); m.find(); m = YEAR_PREFIX.matcher(a)) {
            a = withoutLeading(a.substring(m.end()), "，,、");
        }
        a = a.startsWith("关于") ? a.substring(2) : a;
        a = a.endsWith("关于") ? a.substring(0, a.length() - 2) : a;
        a = a.startsWith("现公布") ? a.substring(3) : a.startsWith("公布") ? a.substring(2) : a;
        if (a.length() < 2 || ONLY_YEAR.matcher(a).matches() || NOT_NAMES.contains(a) || a.contains("政府信息公开")
                || !a.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || "（）()".indexOf(c) >= 0)) {
            return null;
        }
        return a;
    }

    /** The agency signing the report: a short line of a name just before (or after) the closing date. */
    private static String signatureAgency(ReportLines lines) {
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 12); i--) {
            String line = lines.raw(i).strip();
            if (line.length() <= 24 && dateIn(line) != null) {
                for (int j : new int[] {i - 1, i - 2, i + 1}) {
                    if (j >= 0 && j < lines.size()) {
                        String candidate = withoutSpaces(lines.clean(j));
                        if (SIGNATURE_AGENCY.matcher(candidate).matches()) {
                            return cleanAgency(candidate);
                        }
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * One key for one agency across years: the division code where its name places it and the name without the
     * division names ({@code 650202:城市管理局} for 独山子区城市管理局 and 克拉玛依市独山子区城市管理局); the bare name
     * when no division is found.
     */
    static String agencyKey(String agency, String text) {
        if (agency == null) {
            return null;
        }
        Division d = DivisionTable.shipped().resolve(agency, text).orElse(null);
        if (d == null) {
            return agency;
        }
        String rest = agency;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String name : divisionNames(d)) {
                if (name != null && !name.isEmpty() && rest.startsWith(name) && rest.length() > name.length()) {
                    rest = rest.substring(name.length());
                    stripped = true;
                }
            }
        }
        return d.code() + ":" + rest;
    }

    private static List<String> divisionNames(Division d) {
        List<String> names = new ArrayList<>();
        for (String n : new String[] {d.province(), d.prefecture(), d.county()}) {
            if (n != null && !n.equals("市辖区") && !n.equals("县")) {
                names.add(n);
                String shortName = withoutProvinceSuffix(n);
                if (!shortName.equals(n) && shortName.length() >= 2) {
                    names.add(shortName);
                }
            }
        }
        return names;
    }

    /** Longest first: the suffix {@link #PROVINCE_SUFFIX} finds first is the longest one the name ends with. */
    private static final List<String> PROVINCE_SUFFIXES = List.of("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区",
            "自治区", "省");

    /** {@code PROVINCE_SUFFIX.matcher(name).replaceFirst("")}, by comparing ends for a name on one line. */
    private static String withoutProvinceSuffix(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return PROVINCE_SUFFIX.matcher(name).replaceFirst(""); // $ also stands before a line terminator
            }
        }
        for (String suffix : PROVINCE_SUFFIXES) {
            if (name.endsWith(suffix)) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return name;
    }

    /** The administrative prefix of an agency name ({@code 新乡市卫滨区} of {@code 新乡市卫滨区城市管理局}). */
    static String regionOf(String agency) {
        if (agency == null) {
            return null;
        }
        Matcher m = REGION.matcher(agency);
        if (!m.find() || m.group(1).isEmpty() || m.group(1).length() == agency.length()) {
            return null;
        }
        String region = m.group(1);
        // 城市管理局 starts with 城市: a region ending in 城市 took a word of the department's name.
        if (agency.substring(region.length()).startsWith("管理") && region.endsWith("城市")) {
            region = region.substring(0, region.length() - 2);
        }
        return region.length() >= 2 ? region : null;
    }

    private static Integer mostNamedYear(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        Map<Integer, Integer> firstSeen = new HashMap<>();
        int i = 0;
        for (int y : YearMentions.in(text)) {
            counts.merge(y, 1, Integer::sum);
            firstSeen.putIfAbsent(y, i++);
        }
        return counts.keySet().stream()
                .max((a, b) -> counts.get(a).equals(counts.get(b))
                        ? Integer.compare(firstSeen.get(b), firstSeen.get(a))
                        : Integer.compare(counts.get(a), counts.get(b)))
                .orElse(null);
    }

    /**
     * A 发布日期/发布时间 line anywhere near the start or the end, else a date standing on a short line of its own
     * near the end, where reports put their signature.
     */
    private static LocalDate publicationDate(ReportLines lines) {
        List<Integer> near = new ArrayList<>();
        for (int i = 0; i < Math.min(lines.size(), 15); i++) {
            near.add(i);
        }
        for (int i = Math.max(15, lines.size() - 15); i < lines.size(); i++) {
            near.add(i);
        }
        for (int i : near) {
            String line = lines.raw(i);
            if (!line.contains("日期") && !line.contains("时间")) {
                continue;
            }
            int label = publishedLabelEnd(line);
            if (label >= 0) {
                LocalDate d = dateIn(line.substring(label));
                if (d != null) {
                    return d;
                }
            }
        }
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 12); i--) {
            String line = lines.raw(i).strip();
            if (line.length() <= 24) {
                LocalDate d = dateIn(line);
                if (d != null) {
                    return d;
                }
            }
        }
        return null;
    }

    /**
     * Where the first label {@code (?:发布|公开|成文)(?:日期|时间)\s*[:：]?} ({@code 发布日期：}) in the line ends, -1
     * when it holds none; read without a regular expression.
     */
    static int publishedLabelEnd(String line) {
        for (int k = 0; k + 4 <= line.length(); k++) {
            char c = line.charAt(k);
            if ((c == '发' || c == '公' || c == '成')
                    && (line.startsWith("发布", k) || line.startsWith("公开", k) || line.startsWith("成文", k))
                    && (line.startsWith("日期", k + 2) || line.startsWith("时间", k + 2))) {
                int end = k + 4;
                while (end < line.length() && Labels.isPatternSpace(line.charAt(end))) {
                    end++;
                }
                return end < line.length() && (line.charAt(end) == ':' || line.charAt(end) == '：') ? end + 1 : end;
            }
        }
        return -1;
    }

    /** The first date in the text: 2024年1月15日, 二〇二四年一月十五日 or 2024-01-15. */
    static LocalDate dateIn(String text) {
        if (text.indexOf('年') < 0 && text.indexOf('-') < 0 && text.indexOf('/') < 0 && text.indexOf('.') < 0) {
            return null; // every form below has one of these
        }
        try {
            Matcher m = DATE.matcher(text);
            if (m.find()) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
            m = CHINESE_DATE.matcher(text);
            if (m.find()) {
                Integer y = ChineseNumbers.parse(m.group(1));
                Integer mo = ChineseNumbers.parse(m.group(2));
                Integer d = ChineseNumbers.parse(m.group(3));
                return y == null || mo == null || d == null ? null : LocalDate.of(y, mo, d);
            }
            m = DASHED_DATE.matcher(text);
            if (m.find() && text.strip().length() <= 24) {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /** The text without white space. */
    static String withoutSpaces(String text) {
        int i = nextSpace(text, 0);
        if (i < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length());
        int start = 0;
        while (i >= 0) {
            b.append(text, start, i);
            start = i + 1;
            i = nextSpace(text, start);
        }
        return b.append(text, start, text.length()).toString();
    }

    private static int nextSpace(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TextBounds.isWhitespace(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The agency {@link #PREAMBLE_AGENCY} names first in the text. The expression is tried only where 公布, 发布 or
     * 公开 follows 现, 特, 此 or 予以 (each match starts at most four characters before its verb, and never inside an
     * earlier verb, so trying the verbs in order of position finds the leftmost match, as {@code find} would).
     */
    private static String preambleAgency(String text) {
        List<Integer> verbs = new ArrayList<>();
        for (String verb : List.of("公布", "发布", "公开")) {
            for (int k = text.indexOf(verb); k >= 0; k = text.indexOf(verb, k + 1)) {
                if (k >= 1 && (text.charAt(k - 1) == '现' || text.charAt(k - 1) == '特' || text.charAt(k - 1) == '此')
                        || k >= 2 && text.startsWith("予以", k - 2)) {
                    verbs.add(k);
                }
            }
        }
        if (verbs.isEmpty()) {
            return null;
        }
        verbs.sort(null);
        Matcher m = PREAMBLE_AGENCY.matcher(text);
        for (int k : verbs) {
            for (int start = Math.max(0, k - 4); start < k; start++) {
                if (m.region(start, text.length()).lookingAt()) {
                    return cleanAgency(m.group(1));
                }
            }
        }
        return null;
    }

    private static String withoutLeading(String text, String chars) {
        int start = 0;
        while (start < text.length() && chars.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        return text.substring(start);
    }
}
