package ogi.parse.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Seeded random damage to a report's text: what exports, copy-paste and typing do to real reports. */
final class Mutations {
    private static final String[] INSERTS = {"\t", "|", "\n", " ", "　", "0", "-", "/", "—", "万元", "（", "）", "、",
            "总计", "一、", "[bookmark: x]", "\u0000", "\uFFFD", "99999999999999999999", "-3", "1.5"};

    private Mutations() {
    }

    static String mutate(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int edits = 1 + random.nextInt(8);
        for (int e = 0; e < edits && !lines.isEmpty(); e++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            switch (random.nextInt(7)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(random.nextInt(lines.size() + 1), line);
                case 2 -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
                case 3 -> lines.set(at, insert(line, INSERTS[random.nextInt(INSERTS.length)], random));
                case 4 -> lines.set(at, line.isEmpty() ? line : delete(line, random));
                case 5 -> lines.set(at, line.replaceAll("\\d", String.valueOf(random.nextInt(10))));
                default -> lines.set(at, line.isEmpty() ? line
                        : line.substring(0, random.nextInt(line.length())) + "\n" + line.substring(random.nextInt(line.length())));
            }
        }
        return String.join("\n", lines);
    }

    private static String insert(String line, String what, Random random) {
        int at = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
        return line.substring(0, at) + what + line.substring(at);
    }

    private static String delete(String line, Random random) {
        int from = random.nextInt(line.length());
        int to = Math.min(line.length(), from + 1 + random.nextInt(6));
        return line.substring(0, from) + line.substring(to);
    }
}
