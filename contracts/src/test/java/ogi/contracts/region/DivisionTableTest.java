package ogi.contracts.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Agencies of the sample reports and harder names placed in the shipped division table. */
class DivisionTableTest {
    private final DivisionTable table = DivisionTable.shipped();

    private String path(String agency, String text) {
        return table.resolve(agency, text).map(Division::path).orElse(null);
    }

    @Test
    void theSampleAgenciesArePlacedInTheirCountyPrefectureAndProvince() {
        assertEquals("新疆维吾尔自治区 / 塔城地区 / 乌苏市", path("乌苏市城市管理局", null));
        assertEquals("河南省 / 新乡市 / 卫滨区", path("新乡市卫滨区城市管理局", null));
        assertEquals("新疆维吾尔自治区 / 克拉玛依市 / 独山子区", path("独山子区城市管理局", null));
        assertEquals("654202", table.resolve("乌苏市城市管理局", null).orElseThrow().code());
    }

    @Test
    void aNameInSeveralPlacesIsToldApartByTheTextOrLeftUnresolved() {
        assertTrue(table.resolve("朝阳区教育局", null).isEmpty(), "朝阳区 is in Beijing and in Changchun");
        assertEquals("北京市 / 朝阳区", path("朝阳区教育局", "北京市朝阳区教育局2023年政府信息公开工作年度报告"));
        assertEquals("吉林省 / 长春市 / 朝阳区", path("朝阳区教育局", "长春市朝阳区教育局2023年度报告"));
    }

    @Test
    void provinceAndPrefectureAgenciesAndUnknownNames() {
        assertEquals("41", table.resolve("河南省人民政府办公厅", null).orElseThrow().code());
        assertEquals("4107", table.resolve("新乡市财政局", null).orElseThrow().code());
        assertTrue(table.resolve("某某局", null).isEmpty());
        assertTrue(table.resolve(null, "乌苏市").isEmpty());
    }
}
