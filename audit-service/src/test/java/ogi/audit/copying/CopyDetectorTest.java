package ogi.audit.copying;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ogi.audit.rules.RuleCatalogue;
import ogi.contracts.event.Finding;
import ogi.contracts.event.ParsedReportEvent;

/**
 * Unit, real data: the golden parsed events of the four sample reports, with the in-memory copy index (the same
 * buckets as the MongoDB one). A section copied between two agencies' reports of a year is found from both sides;
 * genuinely different reports, the template's wording, the same agency and the same document are not copies.
 */
class CopyDetectorTest {
    private final CopyDetector detector = new CopyDetector(new InMemoryCopyIndex(), CopySettings.DEFAULTS);

    @Test
    void aSectionCopiedBetweenTwoAgenciesIsFoundFromBothSides() {
        ParsedReportEvent[] pair = CopyReports.copiedPair();
        assertEquals(List.of(), detector.copiesOf(pair[0]), "nothing to copy from yet");

        List<SectionCopy> fromB = detector.copiesOf(pair[1]);
        assertEquals(1, fromB.size(), "only section 五 is copied: " + fromB);
        SectionCopy b = fromB.get(0);
        assertEquals(5, b.section());
        assertEquals(pair[0].documentId(), b.other().documentId());
        assertEquals("乌苏市城市管理局", b.other().agency());
        assertEquals(2023, b.other().year());
        assertEquals(5, b.other().section());
        assertTrue(b.other().share() > 0.95, "the whole section, its figures aside: " + b.other().share());
        assertFalse(b.other().sentences().isEmpty());
        String wusuSection = CopyReports.section(pair[0], 5);
        for (String sentence : b.other().sentences()) {
            assertTrue(wusuSection.contains(sentence.replace("2022", "2023").replace("…", "")) || sentence.endsWith("…"),
                    "a sentence of the copied text: " + sentence);
        }

        List<SectionCopy> fromA = detector.copiesOf(pair[0]);
        assertEquals(1, fromA.size(), "and the earlier report names the later: " + fromA);
        assertEquals(pair[1].documentId(), fromA.get(0).other().documentId());
        assertEquals("乌苏市市场监督管理局", fromA.get(0).other().agency());
    }

    @Test
    void aClusterOfHundredsOfCopiesCostsEachReportABoundedLookupAndNamesTheClosestFew() {
        InMemoryCopyIndex index = new InMemoryCopyIndex();
        CopySettings settings = CopySettings.DEFAULTS;
        CopyDetector cluster = new CopyDetector(index, settings);
        int copies = 300;
        List<SectionCopy> last = List.of();
        for (int i = 0; i < copies; i++) {
            // the same report under three hundred agencies' names: every section is a copy of every other
            last = cluster.copiesOf(CopyReports.as("wusu-urban-management-2023", String.format("%064x", i),
                    "第" + i + "号城市管理局", "65420" + i + ":城市管理局", 2023));
        }
        assertFalse(last.isEmpty(), "the last of them still finds copies");
        var bySection = last.stream().collect(java.util.stream.Collectors.groupingBy(SectionCopy::section));
        bySection.forEach((section, named) -> assertEquals(settings.maxCopiesPerSection(), named.size(),
                "section " + section + " names its closest few, not all " + (copies - 1) + ": " + named));
        assertEquals(List.of(String.format("%064x", 0), String.format("%064x", 1), String.format("%064x", 2)),
                bySection.values().iterator().next().stream().map(c -> c.other().documentId()).toList(),
                "equally close: the lowest document ids, whatever the order of arrival");
        int largest = index.largestBucket();
        assertTrue(largest <= settings.maxBucketMembers(), "no bucket grows past the bound: " + largest);
    }

    @Test
    void theRuleNamesTheOtherReportTheShareAndTheSentences() {
        ParsedReportEvent[] pair = CopyReports.copiedPair();
        detector.copiesOf(pair[0]);
        List<SectionCopy> copies = detector.copiesOf(pair[1]);
        var outcome = new RuleCatalogue().run(pair[1].documentId(), pair[1].report(), null, copies);
        Finding f = outcome.findings().stream().filter(x -> x.ruleId().equals("PROSE-004")).findFirst().orElseThrow();
        assertEquals(5, f.location().section());
        assertEquals(pair[1].documentId() + ":PROSE-004:s5//" + pair[0].documentId() + "/", f.findingId());
        assertTrue(f.messageZh().contains("乌苏市城市管理局") && f.messageZh().contains("2023"), f.messageZh());
        assertEquals(pair[0].documentId(), f.related().documentId());
        assertEquals(copies.get(0).other().sentences(), f.related().sentences());
        assertTrue(outcome.ruleResults().stream().anyMatch(r -> r.ruleId().equals("PROSE-004")
                && r.outcome() == ogi.contracts.event.RuleOutcome.FAILED));

        var alone = new RuleCatalogue().run(pair[1].documentId(), pair[1].report(), null, List.of());
        assertTrue(alone.ruleResults().stream().anyMatch(r -> r.ruleId().equals("PROSE-004")
                && r.outcome() == ogi.contracts.event.RuleOutcome.PASSED));
        var offline = new RuleCatalogue().run(pair[1].documentId(), pair[1].report(), null);
        assertTrue(offline.ruleResults().stream().anyMatch(r -> r.ruleId().equals("PROSE-004")
                && r.outcome() == ogi.contracts.event.RuleOutcome.NOT_ASSESSABLE
                && r.missing().equals(List.of("other-agencies"))), "not looked for is not a pass");
    }

    @Test
    void noTwoOfTheSampleReportsAreCopies() {
        List<ParsedReportEvent> samples = new ArrayList<>();
        for (int i = 0; i < CopyReports.SAMPLES.length; i++) {
            samples.add(CopyReports.as(CopyReports.SAMPLES[i], String.valueOf((char) ('a' + i)).repeat(64),
                    "机关" + i, "650000:机关" + i, 2023));
        }
        samples.forEach(detector::copiesOf);
        for (ParsedReportEvent e : samples) {
            assertEquals(List.of(), detector.copiesOf(e), "every pair, as reports of one year: " + e.documentId());
        }
    }

    @Test
    void theTemplatesFixedWordingAloneIsNoCopy() throws Exception {
        String wording = String.join("。", fixedWording()) + "。";
        ParsedReportEvent a = CopyReports.as("unnamed-bureau-2023", "a".repeat(64), "甲局", "654202:甲局", 2023);
        ParsedReportEvent b = CopyReports.as("wusu-urban-management-2023", "b".repeat(64), "乙局", "654202:乙局", 2023);
        a = CopyReports.withSection(CopyReports.withSection(a, 1, wording + CopyReports.section(a, 1)), 6,
                wording);
        b = CopyReports.withSection(CopyReports.withSection(b, 1, wording + CopyReports.section(b, 1)), 6,
                wording);
        int shared = Shingles.common(Shingles.hashes(Shingles.normalise(CopyReports.section(a, 1))),
                Shingles.hashes(Shingles.normalise(CopyReports.section(b, 1))));
        assertTrue(shared > 0.5 * Shingles.hashes(Shingles.normalise(CopyReports.section(a, 1))).length,
                "with the template's wording counted, section 一 would be over half the same: " + shared);

        detector.copiesOf(a);
        assertEquals(List.of(), detector.copiesOf(b));
        assertEquals(List.of(), detector.copiesOf(a));
    }

    @Test
    void theSameAgencyAndTheSameDocumentAreNotCopies() {
        ParsedReportEvent wusu = CopyReports.as("wusu-urban-management-2023", "a".repeat(64), "乌苏市城市管理局",
                "654202:城市管理局", 2023);
        ParsedReportEvent again = CopyReports.as("wusu-urban-management-2023", "c".repeat(64),
                "塔城地区乌苏市城市管理局", "654202:城市管理局", 2023);
        ParsedReportEvent otherYear = CopyReports.as("wusu-urban-management-2023", "d".repeat(64), "别的局",
                "654202:别的局", 2022);
        detector.copiesOf(wusu);
        detector.copiesOf(otherYear);
        assertEquals(List.of(), detector.copiesOf(again), "one agency's two uploads are PROSE-003's business");
        assertEquals(List.of(), detector.copiesOf(wusu), "re-uploading the same document is not another agency");
        assertEquals(List.of(), detector.copiesOf(otherYear), "another year is not compared");
    }

    @Test
    void partnersAreReauditedOnce() {
        ParsedReportEvent[] pair = CopyReports.copiedPair();
        detector.copiesOf(pair[0]);
        List<SectionCopy> copies = detector.copiesOf(pair[1]);
        assertEquals(Set.of(pair[0].documentId()), detector.newPartners(pair[1].documentId(), copies));
        detector.partnered(pair[1].documentId(), Set.of(pair[0].documentId()));
        assertEquals(Set.of(), detector.newPartners(pair[1].documentId(), detector.copiesOf(pair[1])),
                "a replay of the later report re-checks nothing");
        assertEquals(Set.of(), detector.newPartners(pair[0].documentId(), detector.copiesOf(pair[0])),
                "nor does a replay of the earlier one");
    }

    private static List<String> fixedWording() throws Exception {
        try (InputStream in = CopyDetectorTest.class.getResourceAsStream("/template/report-template-2021.json")) {
            JsonNode words = new ObjectMapper().readTree(in).path("fixedWording");
            List<String> all = new ArrayList<>();
            words.forEach(w -> all.add(w.asText()));
            assertTrue(all.size() >= 5);
            return all;
        }
    }
}
