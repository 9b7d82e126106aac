package ogi.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
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

import ogi.contracts.event.DocumentFormat;
import ogi.contracts.report.Report;
import ogi.parse.extract.DocumentTextExtractor;
import ogi.parse.report.ReportParser;

/**
 * PDF reports through extraction (page geometry: glyphs, rulings, lattice and stream tables) and parsing, one
 * core, on the committed PDF fixtures (a WPS-like A4 PDF of 4 pages, LibreOffice A4 PDFs of 6 pages).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class PdfBenchmark {
    @Param({"unnamed-bureau-2023.wps-a4", "wusu-urban-management-2023.a4-header-footer-pagenum",
            "dushanzi-urban-management-2021.a4-header-footer-pagenum"})
    public String fixture;

    private final DocumentTextExtractor extractor = new DocumentTextExtractor();
    private final ReportParser parser = new ReportParser();
    private byte[] bytes;

    @Setup
    public void setUp() throws Exception {
        bytes = Files.readAllBytes(Path.of(System.getProperty("pdf.fixtures",
                "parse-service/src/test/resources/fixtures/pdf"), fixture + ".pdf"));
    }

    @Benchmark
    public Report extractAndParse() {
        return parser.parse(extractor.extract(DocumentFormat.PDF, bytes, "application/pdf"));
    }
}
