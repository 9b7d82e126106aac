package ogi.parse.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who published the report and for which year. The title ({@code 新乡市卫滨区城市管理局2022年政府信息公开工作年度报告},
 * {@code 乌苏市城市管理局政府信息公开工作2023年度报告}) is preferred; without one, the agency is taken from the
 * opening sentence ({@code 2021年，独山子区城市管理局按照…}) and the year is the one the first section names most.
 */
final class MetadataReader {
    private static final String AGENCY_SUFFIX =
            "(?:人民政府办公室|人民政府|委员会|管理局|办公室|局|委|办|厅|署|院|中心|处|所|站|队|街道办事处|街道|镇|乡|公司)";
    private static final Pattern TITLE = Pattern.compile(
            "^(.{2,40}?)(?:关于)?(?:(20\\d{2})\\s*年度?)?政府信息公开工作(?:(20\\d{2})\\s*)?年度?报告");
    private static final Pattern OPENING_AGENCY = Pattern.compile(
            "20\\d{2}\\s*年度?[,，]?\\s*([\\p{IsHan}]{2,30}?" + AGENCY_SUFFIX + ")(?=[\\p{IsHan}（(《]|$)");
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    private static final Pattern DATE = Pattern.compile("(20\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern REGION = Pattern.compile(
            "^((?:[\\p{IsHan}]{2,9}?(?:省|自治区|特别行政区))?(?:[\\p{IsHan}]{1,9}?(?:自治州|地区|盟|市))?"
                    + "(?:[\\p{IsHan}]{1,9}?(?:自治县|自治旗|县|区|旗|市))?)");

    record Metadata(String agency, String region, Integer year, LocalDate publicationDate) {
    }

    private MetadataReader() {
    }

    static Metadata read(List<String> lines, String firstSectionText) {
        String agency = null;
        Integer year = null;
        for (int i = 0; i < Math.min(lines.size(), 8) && agency == null && year == null; i++) {
            String line = Tokenizer.removeNoise(lines.get(i)).strip();
            Matcher m = TITLE.matcher(line);
            if (m.find()) {
                agency = cleanAgency(m.group(1));
                String y = m.group(2) != null ? m.group(2) : m.group(3);
                year = y == null ? null : Integer.valueOf(y);
            }
        }
        if (agency == null && firstSectionText != null) {
            Matcher m = OPENING_AGENCY.matcher(firstSectionText);
            if (m.find()) {
                agency = cleanAgency(m.group(1));
            }
        }
        if (year == null) {
            year = mostNamedYear(firstSectionText != null ? firstSectionText : String.join("\n", lines));
        }
        return new Metadata(agency, regionOf(agency), year, publicationDate(lines));
    }

    private static String cleanAgency(String text) {
        String a = text.replaceAll("[\\s\\u3000]", "").replaceAll("^[，,。:：]+", "");
        return a.isEmpty() || a.length() < 2 ? null : a;
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
        Matcher m = YEAR.matcher(text);
        int i = 0;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            counts.merge(y, 1, Integer::sum);
            firstSeen.putIfAbsent(y, i++);
        }
        return counts.keySet().stream()
                .max((a, b) -> counts.get(a).equals(counts.get(b))
                        ? Integer.compare(firstSeen.get(b), firstSeen.get(a))
                        : Integer.compare(counts.get(a), counts.get(b)))
                .orElse(null);
    }

    /** A date standing on a short line of its own near the end, where reports put their date of publication. */
    private static LocalDate publicationDate(List<String> lines) {
        for (int i = lines.size() - 1; i >= Math.max(0, lines.size() - 12); i--) {
            String line = lines.get(i).strip();
            Matcher m = DATE.matcher(line);
            if (line.length() <= 20 && m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (DateTimeException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
