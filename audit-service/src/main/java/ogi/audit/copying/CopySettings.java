package ogi.audit.copying;

import ogi.audit.config.AuditConfig;

/**
 * How near-duplicates are found ({@code audit.copying.*}): a pair of sections is a copy when either side has at least
 * {@code threshold} of its own shingles in the other and both have at least {@code minShingles}; candidates come from
 * MinHash buckets of {@code bands} bands of {@code rows} rows. What one report costs is bounded whatever the corpus:
 * a bucket lists at most {@code maxBucketMembers} sections, a report is compared with at most {@code maxCandidates}
 * others, and a section names at most {@code maxCopiesPerSection} of them.
 */
public record CopySettings(double threshold, int minShingles, int bands, int rows, int maxBucketMembers,
        int maxCandidates, int maxCopiesPerSection) {
    public static final CopySettings DEFAULTS = new CopySettings(0.5, 40, 32, 4, 16, 16, 3);

    public static CopySettings of(AuditConfig.Copying config) {
        return new CopySettings(config.threshold(), config.minShingles(), config.bands(), config.rows(),
                config.maxBucketMembers(), config.maxCandidates(), config.maxCopiesPerSection());
    }
}
