package ogi.audit.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Audit service settings ({@code audit.*}, or the environment: {@code AUDIT_DATABASE}). */
@ConfigMapping(prefix = "audit")
public interface AuditConfig {

    /** MongoDB database of the audit service's own collection {@code audit_reports}. */
    @WithDefault("ogi")
    String database();

    /** PROSE-003 ({@code audit.prose-reuse.*}). */
    ProseReuse proseReuse();

    /** PROSE-004, copying across agencies ({@code audit.copying.*}, or {@code AUDIT_COPYING_THRESHOLD}...). */
    Copying copying();

    interface Copying {
        /** The share of a section's own wording (either side's) found in another agency's section that is a copy. */
        @WithDefault("0.5")
        double threshold();

        /** The fewest own shingles (about as many characters) a section needs to be compared at all. */
        @WithDefault("40")
        int minShingles();

        /** MinHash bands: more find less similar pairs, at more buckets per section. */
        @WithDefault("32")
        int bands();

        /** MinHash rows per band: more make a shared bucket rarer for dissimilar sections. */
        @WithDefault("4")
        int rows();

        /**
         * The most sections a bucket lists: later ones find those but are not added (a cluster of hundreds of copies
         * of one text costs each new report a bounded lookup, and no bucket outgrows a MongoDB document).
         */
        @WithDefault("16")
        int maxBucketMembers();

        /** The most other reports compared with a report: those sharing the most buckets with it. */
        @WithDefault("16")
        int maxCandidates();

        /** The most other reports a copied section names (the closest): one finding each. */
        @WithDefault("3")
        int maxCopiesPerSection();
    }

    interface ProseReuse {
        /** The share of the prose repeated from last year's report that counts as copied. */
        @WithDefault("0.8")
        double threshold();
    }
}
