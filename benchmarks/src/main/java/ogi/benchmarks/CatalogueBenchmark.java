package ogi.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import ogi.audit.rules.RuleCatalogue;
import ogi.contracts.event.EventJson;
import ogi.contracts.event.Finding;
import ogi.contracts.event.ParsedReportEvent;

/** Throughput of the whole rule catalogue on one core, per sample (its golden parsed event). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class CatalogueBenchmark {
    @Param({"dushanzi-urban-management-2021", "unnamed-bureau-2023", "weibin-urban-management-2022",
            "wusu-urban-management-2023"})
    public String sample;

    private final RuleCatalogue catalogue = new RuleCatalogue();
    private ParsedReportEvent event;

    @Setup
    public void setUp() {
        event = EventJson.read(Samples.goldenJson(sample), ParsedReportEvent.class);
    }

    @Benchmark
    public List<Finding> auditOneReport() {
        return catalogue.audit(event.documentId(), event.report());
    }
}
