package ogi.parse.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import ogi.contracts.event.DocumentFormat;
import ogi.parse.extract.DocumentTextExtractor;

/**
 * Real: two 10 MB text reports (a sample report followed by megabytes of prose) read at once, as the service's two
 * parse workers do, in a child JVM with the service's heap (256 MB) and -XX:+ExitOnOutOfMemoryError: both are read
 * (the parser reads the first {@link ReportParser#MAX_READ_CHARS} characters) and the JVM does not die.
 */
class LargeDocumentMemoryTest {

    @Test
    void twoTenMegabyteReportsAreReadAtOnceInTheServicesHeap() throws Exception {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        Process p = new ProcessBuilder(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError", "-cp",
                System.getProperty("java.class.path"), TwoLargeReports.class.getName())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "child JVM finished");
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertEquals(2, out.lines().filter(l -> l.equals("read 独山子区城市管理局 25 rows")).count(), out);
    }

    /** Run in a child JVM: reads two 10 MB reports on two threads, prints what each gave. */
    public static final class TwoLargeReports {
        public static void main(String[] args) throws Exception {
            List<Thread> threads = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                String marker = "（第" + n + "份）";
                threads.add(new Thread(() -> {
                    StringBuilder text = new StringBuilder(SampleReports.text("dushanzi-urban-management-2021.txt"));
                    for (int i = 0; text.length() * 3 < 10_000_000; i++) {
                        text.append("附：第").append(i).append("条政府信息已按规定主动公开，").append(marker).append('\n');
                    }
                    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                    text = null;
                    var report = new ReportParser().parse(new DocumentTextExtractor().extract(DocumentFormat.TEXT,
                            bytes, "text/plain"));
                    System.out.println("read " + report.metadata().agency() + " " + report.table2().rows().stream()
                            .filter(r -> r.found()).count() + " rows");
                }));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
        }
    }
}
