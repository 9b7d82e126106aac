package ogi.audit.copying;

import ogi.audit.config.AuditConfig;

/**
 * How near-duplicates are found ({@code audit.copying.*}): a pair of sections is a copy when either side has at least
 * {@code threshold} of its own shingles in the other and both have at least {@code minShingles}; candidates come from
 * MinHash buckets of {@code bands} bands of {@code rows} rows.
 */
public record CopySettings(double threshold, int minShingles, int bands, int rows) {
    public static final CopySettings DEFAULTS = new CopySettings(0.5, 40, 32, 4);

    public static CopySettings of(AuditConfig.Copying config) {
        return new CopySettings(config.threshold(), config.minShingles(), config.bands(), config.rows());
    }
}
