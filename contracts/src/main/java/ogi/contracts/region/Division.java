package ogi.contracts.region;

/**
 * Where an agency sits in the administrative division hierarchy: its GB/T 2260 code (2 digits for a province, 4 for
 * a prefecture, 6 for a county) and the names of the levels known; finer levels are null for a province's or a
 * prefecture's own agencies.
 */
public record Division(String code, String province, String prefecture, String county) {

    /** The most specific name: county, else prefecture, else province. */
    public String name() {
        return county != null ? county : prefecture != null ? prefecture : province;
    }

    /** The full path, e.g. 新疆维吾尔自治区 / 塔城地区 / 乌苏市. */
    public String path() {
        StringBuilder b = new StringBuilder(province);
        if (prefecture != null && !prefecture.equals("市辖区") && !prefecture.equals("县")) {
            b.append(" / ").append(prefecture);
        }
        if (county != null) {
            b.append(" / ").append(county);
        }
        return b.toString();
    }
}
