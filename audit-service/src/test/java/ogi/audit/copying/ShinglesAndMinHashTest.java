package ogi.audit.copying;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import ogi.audit.TestReports;

/** Unit: shingling of real sample text, MinHash estimates over seeded random sets, and the index's buckets. */
class ShinglesAndMinHashTest {

    @Test
    void figuresDatesWhitespaceAndPunctuationDoNotCount() {
        assertEquals(Shingles.normalise("截止2023年12月31日，我局发布政务类信息34条。"),
                Shingles.normalise("截止 2024年1月1日，我局发布政务类\n信息1,186.5条．"));
        assertEquals("截止#年#月#日|我局发布", Shingles.normalise("截止2023年12月31日，我局发布"));
        assertEquals(0, Shingles.hashes("共同的话|共同的话").length, "no shingle spans punctuation");
    }

    @Test
    void theTemplatesWordingIsLeftOutOfASection() {
        int[] own = Shingles.ofSection(6, "按照《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）规定，本年度未收取信息处理费。");
        assertEquals(0, own.length, "the fee sentence the format asks for is the template's: " + own.length);
        int[] table = Shingles.ofSection(3, CopyReports.section(TestReports.golden("wusu-urban-management-2023"), 3));
        assertTrue(table.length < 10, "a table section has next to no own wording: " + table.length);
        int[] prose = Shingles.ofSection(5, CopyReports.section(TestReports.golden("wusu-urban-management-2023"), 5));
        assertTrue(prose.length > 250, "section 五 is the agency's own: " + prose.length);
    }

    @Test
    void shinglesAreSortedAndDistinct() {
        int[] s = Shingles.ofSection(1, CopyReports.section(TestReports.golden("weibin-urban-management-2022"), 1));
        int[] sorted = s.clone();
        Arrays.sort(sorted);
        assertArrayEquals(sorted, s);
        assertEquals(s.length, IntStream.of(s).distinct().count());
        assertEquals(s.length, Shingles.common(s, s));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.5, 0.8})
    void theSignatureEstimatesJaccardSimilarity(double jaccard) {
        Random random = new Random(17);
        int shared = (int) Math.round(600 * 2 * jaccard / (1 + jaccard));
        int[] common = random.ints(shared).toArray();
        int[] a = IntStream.concat(IntStream.of(common), random.ints(600 - shared)).toArray();
        int[] b = IntStream.concat(IntStream.of(common), random.ints(600 - shared)).toArray();
        MinHash minHash = new MinHash(32, 4);
        long[] sa = minHash.signature(a);
        long[] sb = minHash.signature(b);
        double equal = IntStream.range(0, sa.length).filter(i -> sa[i] == sb[i]).count() / (double) sa.length;
        assertEquals(jaccard, equal, 0.12, "estimate of J = " + jaccard);
    }

    @Test
    void identicalSectionsShareEveryBucketAndTheIndexFindsThem() {
        int[] s = Shingles.ofSection(5, CopyReports.section(TestReports.golden("wusu-urban-management-2023"), 5));
        MinHash minHash = new MinHash(32, 4);
        List<String> keys = minHash.bucketKeys(2023, minHash.signature(s));
        assertEquals(32, keys.size());
        assertEquals(keys, minHash.bucketKeys(2023, minHash.signature(s.clone())));
        assertTrue(keys.get(0).startsWith("2023:0:"));
        InMemoryCopyIndex index = new InMemoryCopyIndex();
        ReportPrint print = new ReportPrint("a".repeat(64), "k", "局", 2023, List.of(new SectionPrint(5, "五", s)));
        index.add(print, Map.of(5, keys));
        index.add(print, Map.of(5, keys));
        assertEquals(32, index.bucketCount(), "adding again changes nothing");
        assertEquals(java.util.Set.of("a".repeat(64) + ":5"), index.members(keys));
        assertEquals(java.util.Set.of(), index.members(minHash.bucketKeys(2022, minHash.signature(s))),
                "another year's buckets are others");
    }
}
