package ogi.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

import com.sun.management.OperatingSystemMXBean;

import ogi.contracts.event.DocumentFormat;
import ogi.contracts.report.Report;
import ogi.parse.extract.DocumentTextExtractor;
import ogi.parse.report.ReportParser;

/**
 * PDF reports through extraction (page geometry: glyphs, rulings, lattice and stream tables) and parsing, one
 * core, on the committed PDF fixtures (a WPS-like A4 PDF of 4 pages, LibreOffice A4 PDFs of 6 pages). Besides
 * the wall-clock score, the documents per second of the JVM's CPU time are printed at the end of each trial,
 * a figure that other processes on a shared machine do not lower.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class PdfBenchmark {
    @Param({"unnamed-bureau-2023.wps-a4", "wusu-urban-management-2023.a4-header-footer-pagenum",
            "dushanzi-urban-management-2021.a4-header-footer-pagenum"})
    public String fixture;

    private final DocumentTextExtractor extractor = new DocumentTextExtractor();
    private final ReportParser parser = new ReportParser();
    private final OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private byte[] bytes;
    private long docs;
    private long cpuAtStart;
    private long measuredDocs;
    private long measuredCpuNanos;

    @Setup
    public void setUp() throws Exception {
        bytes = Files.readAllBytes(Path.of(System.getProperty("pdf.fixtures",
                "parse-service/src/test/resources/fixtures/pdf"), fixture + ".pdf"));
    }

    @Benchmark
    public Report extractAndParse() {
        docs++;
        return parser.parse(extractor.extract(DocumentFormat.PDF, bytes, "application/pdf"));
    }

    @Setup(Level.Iteration)
    public void startIteration() {
        docs = 0;
        cpuAtStart = os.getProcessCpuTime();
    }

    @TearDown(Level.Iteration)
    public void endIteration(IterationParams iteration) {
        if (iteration.getType() == IterationType.MEASUREMENT) {
            measuredDocs += docs;
            measuredCpuNanos += os.getProcessCpuTime() - cpuAtStart;
        }
    }

    /**
     * Documents per second of this JVM's CPU time (all its threads: the benchmark's, the collector's, the
     * compiler's) over the measurement iterations: what one core would do, however busy the machine's other cores.
     */
    @TearDown(Level.Trial)
    public void report() {
        System.out.printf("%n%s: %.1f documents per CPU second (process CPU time, %d documents)%n", fixture,
                measuredDocs * 1e9 / Math.max(1, measuredCpuNanos), measuredDocs);
    }
}
