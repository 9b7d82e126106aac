package ogi.audit.copying;

import java.util.ArrayList;
import java.util.List;

/**
 * MinHash signatures of shingle sets with LSH banding: {@code bands × rows} minima, each of the shingle hash mixed
 * with its own seed (SplitMix64's finaliser, so one shingle hash gives all of them), and one bucket key per band
 * ({@code year:band:hash of the band's minima}). Two sections whose shingle sets have Jaccard similarity J share at
 * least one bucket with probability 1 − (1 − J^rows)^bands: with 32 bands of 4 rows, 0.87 at J = 0.5, 0.98 at 0.6,
 * 0.05 at 0.2. A shared bucket only makes a candidate: the shingle sets themselves decide.
 */
public final class MinHash {
    private final int bands;
    private final int rows;
    private final long[] seeds;

    public MinHash(int bands, int rows) {
        if (bands < 1 || rows < 1) {
            throw new IllegalArgumentException("bands and rows must be positive");
        }
        this.bands = bands;
        this.rows = rows;
        this.seeds = new long[bands * rows];
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seeds.length; i++) {
            seed = mix(seed + i);
            seeds[i] = seed;
        }
    }

    /** The signature: for each of bands × rows seeds, the least mixed shingle hash. */
    public long[] signature(int[] shingles) {
        long[] minima = new long[seeds.length];
        java.util.Arrays.fill(minima, Long.MAX_VALUE);
        for (int shingle : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                long h = mix(shingle ^ seeds[i]);
                if (h < minima[i]) {
                    minima[i] = h;
                }
            }
        }
        return minima;
    }

    /** One key per band: the year, the band and a hash of the band's minima. */
    public List<String> bucketKeys(int year, long[] signature) {
        List<String> keys = new ArrayList<>(bands);
        for (int b = 0; b < bands; b++) {
            keys.add(year + ":" + b + ":" + Long.toHexString(bandHash(signature, b)));
        }
        return keys;
    }

    /** The hash of band {@code b}'s minima. */
    public long bandHash(long[] signature, int b) {
        long h = b;
        for (int r = 0; r < rows; r++) {
            h = mix(h * 31 + signature[b * rows + r]);
        }
        return h;
    }

    public int bands() {
        return bands;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
