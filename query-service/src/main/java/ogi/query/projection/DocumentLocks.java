package ogi.query.projection;

import java.util.Collection;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets work on one document run one at a time while different documents run in parallel: the consumers take several
 * records at once, and two results for the same document must not interleave their writes. Striped: a fixed set of
 * locks, chosen by the document id's hash, so memory does not grow with the documents seen. A batch takes the
 * stripes of all its documents in ascending order, so two batches cannot wait on each other.
 */
final class DocumentLocks {
    private static final int STRIPES = 64;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    DocumentLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    void exclusively(Collection<String> documentIds, Runnable work) {
        TreeSet<Integer> stripes = new TreeSet<>();
        documentIds.forEach(id -> stripes.add(Math.floorMod(id.hashCode(), STRIPES)));
        for (int stripe : stripes) {
            locks[stripe].lock();
        }
        try {
            work.run();
        } finally {
            for (int stripe : stripes.descendingSet()) {
                locks[stripe].unlock();
            }
        }
    }
}
