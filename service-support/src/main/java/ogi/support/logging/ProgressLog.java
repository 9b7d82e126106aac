package ogi.support.logging;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.jboss.logging.Logger;

/**
 * The INFO line of a stage under load: how many documents it handled since the last line, by outcome, at most once
 * per interval (the per-document lines are DEBUG; failures stay WARN/ERROR with the document named). Written by
 * the thread that counts the first document after the interval, so an idle service writes nothing; the first
 * document of a process is summed up at once (a new instance says it started work).
 */
public final class ProgressLog {
    private final Logger log;
    private final String what;
    private final long intervalNanos;
    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private final AtomicLong windowStart;

    public ProgressLog(Logger log, String what, Duration interval) {
        this.log = log;
        this.what = what;
        this.intervalNanos = interval.toNanos();
        this.windowStart = new AtomicLong(System.nanoTime() - intervalNanos);
    }

    public ProgressLog(Logger log, String what) {
        this(log, what, Duration.ofSeconds(10));
    }

    /** Counts one document with this outcome; writes the summary when the interval is over. */
    public void count(String outcome) {
        counts.computeIfAbsent(outcome, o -> new LongAdder()).increment();
        long start = windowStart.get();
        long now = System.nanoTime();
        if (now - start >= intervalNanos && windowStart.compareAndSet(start, now)) {
            Map<String, Long> window = new TreeMap<>();
            counts.forEach((o, n) -> {
                long c = n.sumThenReset();
                if (c > 0) {
                    window.put(o, c);
                }
            });
            log.infof("%s in the last %.0f s: %s", what, (now - start) / 1e9, window);
        }
    }
}
