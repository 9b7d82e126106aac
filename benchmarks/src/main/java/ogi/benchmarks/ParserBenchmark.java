package ogi.benchmarks;

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
import ogi.parse.extract.FormatSamples;
import ogi.parse.report.ReportParser;

/** Throughput of the parser on one core: text through extraction and parsing, per sample and format. */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ParserBenchmark {
    @Param({"dushanzi-urban-management-2021", "unnamed-bureau-2023", "weibin-urban-management-2022",
            "wusu-urban-management-2023"})
    public String sample;

    @Param({"TEXT", "HTML", "DOCX"})
    public String format;

    private final DocumentTextExtractor extractor = new DocumentTextExtractor();
    private final ReportParser parser = new ReportParser();
    private byte[] bytes;
    private DocumentFormat documentFormat;

    @Setup
    public void setUp() throws Exception {
        String text = Samples.text(sample);
        documentFormat = DocumentFormat.valueOf(format);
        bytes = FormatSamples.render(text, documentFormat);
    }

    @Benchmark
    public Report extractAndParse() {
        return parser.parse(extractor.extract(documentFormat, bytes, "text/plain; charset=utf-8"));
    }
}
