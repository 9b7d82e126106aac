package ogi.benchmarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import ogi.audit.copying.CopyDetector;
import ogi.audit.copying.CopySettings;
import ogi.audit.copying.InMemoryCopyIndex;
import ogi.audit.copying.MinHash;
import ogi.audit.copying.ReportPrint;
import ogi.audit.copying.SectionCopy;
import ogi.audit.copying.SectionPrint;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.ParsedReportEvent;

/**
 * The copy index (PROSE-004) on many reports, one thread: signature time per report (shingles and MinHash of every
 * section), index insert and lookup time (the in-memory index, the same buckets as MongoDB's), candidates per lookup,
 * copies found against those planted, and the index's memory. Reports are synthetic, on the samples' wording: each
 * section 一 and 五 is clauses of characters drawn from the samples, three in ten clauses taken whole from the samples
 * (the formulaic wording agencies share), five years, every report its own agency; one in a hundred copies section 五
 * of an earlier report of its year, its figures and one clause in ten changed. Times are the thread's CPU time
 * (not wall time), so a busy machine does not inflate them.
 * Usage: {@code java -cp ... ogi.benchmarks.CopyIndexBenchmark [reports] [lookups]} (100000, 2000).
 */
public final class CopyIndexBenchmark {
    private static final int YEARS = 5;

    private CopyIndexBenchmark() {
    }

    public static void main(String[] args) {
        int reports = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int lookups = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Random random = new Random(17);
        ParsedReportEvent template = EventJson.read(Samples.goldenJson("wusu-urban-management-2023"),
                ParsedReportEvent.class);
        Words words = Words.fromSamples();

        List<String> section5 = new ArrayList<>(reports);
        Set<String> planted = new HashSet<>();
        Set<String> sources = new HashSet<>();
        InMemoryCopyIndex index = new InMemoryCopyIndex();
        CopySettings settings = CopySettings.DEFAULTS;
        CopyDetector detector = new CopyDetector(index, settings);
        MinHash minHash = new MinHash(settings.bands(), settings.rows());
        long heapBefore = usedHeap();
        long signNanos = 0;
        long addNanos = 0;
        long shingles = 0;
        long sections = 0;
        List<ParsedReportEvent> sample = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            int year = 2019 + i % YEARS;
            String s1 = words.prose(random, 600);
            String s5;
            if (i >= 10 * YEARS && random.nextInt(100) == 0) {
                int from = i - YEARS * (1 + random.nextInt(Math.min(i / YEARS, 2_000)));
                s5 = words.vary(random, section5.get(from));
                planted.add(id(i));
                sources.add(id(from));
            } else {
                s5 = words.prose(random, 400);
            }
            section5.add(s5);
            ParsedReportEvent e = report(template, i, year, s1, s5);
            long t0 = cpu();
            ReportPrint print = ReportPrint.of(e);
            Map<Integer, List<String>> keys = new java.util.LinkedHashMap<>();
            for (SectionPrint s : print.sections()) {
                if (s.shingles().length >= settings.minShingles()) {
                    keys.put(s.number(), minHash.bucketKeys(year, minHash.signature(s.shingles())));
                }
                shingles += s.shingles().length;
                sections++;
            }
            long t1 = cpu();
            // as the service adds a report: through the detector (its print again, its buckets read, the report
            // added to those with room)
            detector.index(e);
            long t2 = cpu();
            signNanos += t1 - t0;
            addNanos += t2 - t1;
            if (planted.contains(id(i)) || random.nextInt(reports) < lookups) {
                sample.add(e);
            }
        }
        long heapAfter = usedHeap();
        section5 = null;

        long lookNanos = 0;
        long candidates = 0;
        int maxCandidates = 0;
        int found = 0;
        int foundPlanted = 0;
        int falseCopies = 0;
        for (ParsedReportEvent e : sample) {
            ReportPrint print = ReportPrint.of(e);
            Set<String> others = new HashSet<>();
            for (SectionPrint s : print.sections()) {
                for (String m : index.members(minHash.bucketKeys(e.report().metadata().year(),
                        minHash.signature(s.shingles())))) {
                    if (!m.startsWith(e.documentId())) {
                        others.add(m.substring(0, m.lastIndexOf(':')));
                    }
                }
            }
            candidates += others.size();
            maxCandidates = Math.max(maxCandidates, others.size());
            long t0 = cpu();
            List<SectionCopy> copies = detector.copiesOf(e);
            lookNanos += cpu() - t0;
            found += copies.isEmpty() ? 0 : 1;
            boolean copying = planted.contains(e.documentId()) || sources.contains(e.documentId());
            if (planted.contains(e.documentId()) && !copies.isEmpty()) {
                foundPlanted++;
            }
            if (!copying && !copies.isEmpty()) {
                falseCopies++;
            }
        }
        int plantedLooked = (int) sample.stream().filter(e -> planted.contains(e.documentId())).count();
        System.out.printf("reports %,d (%,d sections compared, %.0f own shingles each), %,d buckets%n", reports,
                sections, (double) shingles / sections, index.bucketCount());
        System.out.printf("signature (shingles + MinHash %d x %d): %.1f us CPU per report%n", settings.bands(),
                settings.rows(), signNanos / 1e3 / reports);
        System.out.printf("index insert (CopyDetector.index: print, bucket read, add to buckets with room): %.1f us CPU "
                + "per report; fullest bucket %d sections%n", addNanos / 1e3 / reports, index.largestBucket());
        System.out.printf("lookup (buckets, candidates' shingles, sentences): %.1f us CPU per report over %,d lookups%n",
                lookNanos / 1e3 / sample.size(), sample.size());
        System.out.printf("candidates per lookup: %.2f mean, %d max%n", (double) candidates / sample.size(),
                maxCandidates);
        System.out.printf("copies: %d of %d planted copies found; %d reports with a copy among %d looked up; "
                + "%d reported copying that were neither copy nor source%n", foundPlanted, plantedLooked, found,
                sample.size(), falseCopies);
        System.out.printf("index heap: %.0f MB (%.0f bytes per report)%n", (heapAfter - heapBefore) / 1e6,
                (double) (heapAfter - heapBefore) / reports);
        double bucketBytes = index.bucketCount() * (24.0 + 30 + 66 + 30);
        double printBytes = shingles * 4.0 + reports * 200.0;
        System.out.printf("MongoDB estimate: buckets %.0f MB, prints %.0f MB%n", bucketBytes / 1e6, printBytes / 1e6);
        if (index.prints(List.of(id(0))).isEmpty()) {
            throw new IllegalStateException("the index lost a report");
        }
    }

    /** This thread's CPU time: what the work costs, whatever else runs on the machine. */
    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    private static String id(int i) {
        return String.format("%064x", i);
    }

    private static ParsedReportEvent report(ParsedReportEvent template, int i, int year, String s1, String s5) {
        ObjectNode tree = EventJson.mapper().valueToTree(template);
        tree.put("documentId", id(i));
        ObjectNode meta = (ObjectNode) tree.at("/report/metadata");
        meta.put("agency", "机关" + i);
        meta.put("agencyKey", "000000:机关" + i);
        meta.put("year", year);
        ArrayNode sections = (ArrayNode) tree.at("/report/sections");
        ((ObjectNode) sections.get(0)).put("text", s1);
        ((ObjectNode) sections.get(4)).put("text", s5);
        ((ObjectNode) sections.get(5)).put("text", "无。");
        tree.put("text", "");
        return EventJson.read(tree.toString(), ParsedReportEvent.class);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    /** The samples' characters and clauses. */
    private record Words(int[] characters, List<String> clauses) {
        static Words fromSamples() {
            Set<Integer> chars = new java.util.TreeSet<>();
            List<String> clauses = new ArrayList<>();
            for (String name : Samples.NAMES) {
                ParsedReportEvent e = EventJson.read(Samples.goldenJson(name), ParsedReportEvent.class);
                for (int n : new int[] {1, 5}) {
                    String text = e.report().section(n).text();
                    text.codePoints().filter(Character::isIdeographic).forEach(chars::add);
                    for (String c : text.split("[，。；：、,;:\\n]")) {
                        if (c.strip().length() >= 6) {
                            clauses.add(c.strip());
                        }
                    }
                }
            }
            return new Words(chars.stream().mapToInt(Integer::intValue).toArray(), clauses);
        }

        String prose(Random random, int length) {
            StringBuilder text = new StringBuilder();
            int clause = 0;
            while (text.length() < length) {
                if (random.nextInt(10) < 3) {
                    text.append(clauses.get(random.nextInt(clauses.size())));
                } else {
                    int n = 6 + random.nextInt(13);
                    for (int k = 0; k < n; k++) {
                        text.appendCodePoint(characters[random.nextInt(characters.length)]);
                    }
                    if (random.nextInt(4) == 0) {
                        text.append(random.nextInt(500)).append('件');
                    }
                }
                text.append(++clause % 3 == 0 ? '。' : '，');
            }
            return text.toString();
        }

        /** The text with its figures changed and one clause in ten replaced. */
        String vary(Random random, String text) {
            StringBuilder out = new StringBuilder();
            for (String c : text.split("(?<=[，。])")) {
                out.append(random.nextInt(10) == 0 ? prose(random, 8) : c.replaceAll("[0-9]+",
                        String.valueOf(random.nextInt(500))));
            }
            return out.toString();
        }
    }
}
