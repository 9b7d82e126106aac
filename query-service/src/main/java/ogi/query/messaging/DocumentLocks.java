package ogi.query.messaging;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets work on one document run one at a time while different documents run in parallel: the consumers take several
 * records at once, and two results for the same document must not interleave their writes. Striped: a fixed set of
 * locks, chosen by the document id's hash, so memory does not grow with the documents seen.
 */
final class DocumentLocks {
    private static final int STRIPES = 64;

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    DocumentLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    void exclusively(String documentId, Runnable work) {
        ReentrantLock lock = locks[Math.floorMod(documentId.hashCode(), STRIPES)];
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }
}
