package ogi.query.api;

/**
 * Where a report's agency sits among the administrative divisions: the division's code, its province, prefecture
 * and county names, its path as text, and what placed it ({@code source}).
 */
public record Placement(String code, String province, String prefecture, String county, String path,
        String source) {
}
