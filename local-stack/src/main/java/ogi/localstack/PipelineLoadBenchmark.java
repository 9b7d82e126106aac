package ogi.localstack;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.tools.ConsumerPerformance;
import org.apache.kafka.tools.ProducerPerformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * End-to-end load benchmark on the local stack: posts mutations of the sample reports to the ingest service and
 * measures, per document, the time from the start of its ingest request to the end of the query service's store of
 * its audit result (when it is queryable with its findings), read from the document's trace (every stage's span
 * lands in the stack's trace collector with the clock of this one machine). Three runs: a latency run at a fixed
 * rate (open loop), a throughput run (closed loop, as fast as the stack takes them), then Kafka's own producer and
 * consumer perf tools on the same broker with messages of the raw events' size, as the ceiling. Prints each
 * process's resident set size after the runs.
 * Usage: {@code bin/bench-pipeline [rate/s=100] [seconds=30] [throughput documents=3000] [concurrency=16]};
 * {@code -Dogi.bench.instances=2} runs two instances each of parse-service and audit-service.
 */
public final class PipelineLoadBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SAMPLES = List.of("dushanzi-urban-management-2021.txt",
            "unnamed-bureau-2023.txt", "weibin-urban-management-2022.txt", "wusu-urban-management-2023.txt");

    private final LocalStack stack;
    private final List<String> templates = new ArrayList<>();
    /**
     * HTTP/1.1 as the uploaders' tools speak it on plain HTTP (curl, scripts); {@code -Dogi.bench.http=2} for the JDK
     * client's default, h2c: every upload multiplexed on one connection, which one event loop of ingest-service serves.
     */
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8))
            .version(System.getProperty("ogi.bench.http", "1.1").equals("2") ? HttpClient.Version.HTTP_2
                    : HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger sequence = new AtomicInteger();
    private final java.util.Set<String> acceptedIds = ConcurrentHashMap.newKeySet();

    private PipelineLoadBenchmark(LocalStack stack, Path samples) throws Exception {
        this.stack = stack;
        for (String sample : SAMPLES) {
            templates.add(Files.readString(samples.resolve(sample), StandardCharsets.UTF_8));
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int documents = args.length > 3 ? Integer.parseInt(args[3]) : 3000;
        int concurrency = args.length > 4 ? Integer.parseInt(args[4]) : 16;
        Path dir = root.resolve("local-stack/target/bench-pipeline");
        LocalStack.deleteRecursively(dir);
        LocalStack stack = new LocalStack(root, dir, LocalStack.freePorts());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
        try (stack) {
            stack.start();
            int instances = Integer.getInteger("ogi.bench.instances", 1);
            for (int i = 2; i <= instances; i++) {
                for (String service : List.of("parse-service", "audit-service")) {
                    stack.startInstance(service, service + "-" + i);
                    stack.awaitReady(service + "-" + i, Duration.ofSeconds(120));
                }
            }
            System.out.printf("instances of parse-service and audit-service: %d%n", instances);
            PipelineLoadBenchmark bench = new PipelineLoadBenchmark(stack, root.resolve("samples/reports"));
            System.out.println("warm-up: 200 documents");
            bench.report("warm-up", bench.closedLoop(200, 8));
            System.out.printf("latency run: %d documents/s for %d s (open loop)%n", rate, seconds);
            Map<String, Long> cpu = bench.cpuMillis();
            bench.report("latency run " + rate + "/s", bench.openLoop(rate, seconds));
            bench.printCpu(cpu, rate * seconds);
            System.out.printf("throughput run: %d documents, %d in flight (closed loop)%n", documents, concurrency);
            cpu = bench.cpuMillis();
            bench.report("throughput run", bench.closedLoop(documents, concurrency));
            bench.printCpu(cpu, documents);
            bench.checkStoredOnce();
            bench.printRss();
            bench.kafkaCeiling(documents);
        }
        System.exit(0);
    }

    /** One mutation of a sample: its own agency name and figures, so its own bytes and its own document id. */
    String document(int n) {
        String text = templates.get(n % templates.size());
        return text.replace("城市管理局", "城市管理局第" + n + "分局") + "\n（批次 " + n + "）\n";
    }

    /** A posted document: when its request started, its trace and whether ingest took it. */
    record Posted(long startNanos, String traceId, int status, long answerNanos) {
    }

    record Run(List<Posted> posted, long firstStartNanos, long lastAnswerNanos) {
    }

    private CompletableFuture<Posted> post(int n) {
        byte[] body = document(n).getBytes(StandardCharsets.UTF_8);
        long start = System.currentTimeMillis() * 1_000_000L;
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url("ingest-service")
                + "/documents?fileName=load-" + n + ".txt"))
                .header("Content-Type", "text/plain; charset=utf-8").header("X-API-Key", stack.writeKey())
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle((r, e) -> {
            long answer = System.currentTimeMillis() * 1_000_000L - start;
            if (e != null || r.statusCode() != 202) {
                return new Posted(start, null, e != null ? -1 : r.statusCode(), answer);
            }
            try {
                JsonNode doc = JSON.readTree(r.body()).get("documents").get(0);
                acceptedIds.add(doc.get("documentId").asText());
                return new Posted(start, doc.get("traceId").asText(), r.statusCode(), answer);
            } catch (Exception ex) {
                return new Posted(start, null, -2, answer);
            }
        });
    }

    Run openLoop(int rate, int seconds) throws Exception {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        List<CompletableFuture<Posted>> futures = Collections.synchronizedList(new ArrayList<>());
        int total = rate * seconds;
        AtomicInteger sent = new AtomicInteger();
        long first = System.currentTimeMillis() * 1_000_000L;
        ticker.scheduleAtFixedRate(() -> {
            if (sent.incrementAndGet() <= total) {
                futures.add(post(sequence.incrementAndGet()));
            }
        }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        while (sent.get() < total) {
            Thread.sleep(100);
        }
        ticker.shutdownNow();
        List<Posted> posted = new ArrayList<>();
        for (CompletableFuture<Posted> f : List.copyOf(futures)) {
            posted.add(f.get(120, TimeUnit.SECONDS));
        }
        return new Run(posted, first, System.currentTimeMillis() * 1_000_000L);
    }

    Run closedLoop(int documents, int concurrency) throws Exception {
        Semaphore inFlight = new Semaphore(concurrency);
        List<CompletableFuture<Posted>> futures = new ArrayList<>();
        long first = System.currentTimeMillis() * 1_000_000L;
        for (int i = 0; i < documents; i++) {
            inFlight.acquire();
            futures.add(post(sequence.incrementAndGet()).whenComplete((p, e) -> inFlight.release()));
        }
        List<Posted> posted = new ArrayList<>();
        for (CompletableFuture<Posted> f : futures) {
            posted.add(f.get(120, TimeUnit.SECONDS));
        }
        return new Run(posted, first, System.currentTimeMillis() * 1_000_000L);
    }

    /** Waits for every accepted document's "store audit result" span, then prints throughput and percentiles. */
    void report(String name, Run run) throws Exception {
        List<Posted> accepted = run.posted().stream().filter(p -> p.traceId() != null).toList();
        List<Posted> traced = accepted.stream().filter(p -> sampled(p.traceId(), LocalStack.traceRatio())).toList();
        Map<String, Long> storedAt = new ConcurrentHashMap<>();
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        long lastProgress = System.nanoTime();
        int seen = 0;
        // the exporters drop spans when their queue overflows, so some documents may never be measured
        while (storedAt.size() < traced.size() && System.nanoTime() < deadline
                && System.nanoTime() - lastProgress < Duration.ofSeconds(20).toNanos()) {
            if (storedAt.size() > seen) {
                seen = storedAt.size();
                lastProgress = System.nanoTime();
            }
            for (Posted p : traced) {
                if (!storedAt.containsKey(p.traceId())) {
                    stack.traces().spans(p.traceId()).stream().filter(s -> s.name().equals("store audit result"))
                            .mapToLong(s -> s.startEpochNanos() + s.durationNanos()).max()
                            .ifPresent(end -> storedAt.put(p.traceId(), end));
                }
            }
            Thread.sleep(500);
        }
        long[] latencies = traced.stream().filter(p -> storedAt.containsKey(p.traceId()))
                .mapToLong(p -> storedAt.get(p.traceId()) - p.startNanos()).sorted().toArray();
        long lastStored = storedAt.values().stream().mapToLong(Long::longValue).max().orElse(run.firstStartNanos());
        double seconds = (lastStored - run.firstStartNanos()) / 1e9;
        double ingestSeconds = (run.lastAnswerNanos() - run.firstStartNanos()) / 1e9;
        Map<Integer, Long> refusals = new TreeMap<>();
        run.posted().stream().filter(p -> p.traceId() == null).forEach(p -> refusals.merge(p.status(), 1L, Long::sum));
        // the latencies of the traced documents stand for all; so does their last store for the end of the run
        double endToEnd = accepted.size() * ((double) latencies.length / Math.max(1, traced.size())) / seconds;
        System.out.printf("%s: %d posted, %d refused %s, %d traced, %d measured queryable; ingest %.1f docs/s; end to "
                + "end %.1f docs/s (%.1f s); latency p50 %s, p90 %s, p99 %s, max %s%n", name, run.posted().size(),
                run.posted().size() - accepted.size(), refusals, traced.size(), latencies.length,
                accepted.size() / ingestSeconds, endToEnd, seconds, ms(latencies, 0.50), ms(latencies, 0.90),
                ms(latencies, 0.99), ms(latencies, 1.0));
        long[] answers = answerTimes(run, status -> true);
        System.out.printf("  answers to the uploads (accepted or refused): p50 %s, p99 %s, max %s; %d of %d later "
                + "than 1 s, %d without an answer (-1: client time-out or error)%n", ms(answers, 0.5),
                ms(answers, 0.99), ms(answers, 1.0), java.util.Arrays.stream(answers).filter(a -> a > 1_000_000_000L)
                        .count(), answers.length, run.posted().stream().filter(p -> p.status() < 0).count());
        for (int status : new int[] {202, 503}) {
            long[] these = answerTimes(run, s -> s == status);
            if (these.length > 0) {
                System.out.printf("    %d answers: p50 %s, p99 %s, max %s%n", status, ms(these, 0.5), ms(these, 0.99),
                        ms(these, 1.0));
            }
        }
    }

    /**
     * Every accepted document stored once: the query service's count of audited reports (by id, so a duplicate
     * would not add one, a loss would lack one) against the distinct documents ingest accepted over all the runs.
     */
    void checkStoredOnce() throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        long audited = -1;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(stack.url("query-service")
                    + "/stats")).header("X-API-Key", stack.writeKey()).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            audited = 0;
            for (JsonNode row : JSON.readTree(r.body()).get("reportsByYearAndStatus")) {
                audited += row.get("status").asText().equals("audited") ? row.get("reports").asLong() : 0;
            }
            if (audited >= acceptedIds.size()) {
                break;
            }
            Thread.sleep(2000);
        }
        System.out.printf("stored once: %d audited reports in the query service for %d distinct documents "
                + "accepted%n", audited, acceptedIds.size());
    }

    /** Whether the services trace this document: OpenTelemetry's TraceIdRatioBased decision on its trace id. */
    static boolean sampled(String traceId, double ratio) {
        long bound = ratio >= 1 ? Long.MAX_VALUE : (long) (ratio * Long.MAX_VALUE);
        return ratio >= 1 || Math.abs(Long.parseUnsignedLong(traceId.substring(16), 16)) < bound;
    }

    /** How long the uploads with these statuses took to be answered, sorted. */
    private static long[] answerTimes(Run run, java.util.function.IntPredicate status) {
        return run.posted().stream().filter(p -> status.test(p.status())).mapToLong(Posted::answerNanos).sorted()
                .toArray();
    }

    private static String ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return "-";
        }
        int i = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return String.format("%.0f ms", sorted[Math.max(0, i)] / 1e6);
    }

    /** CPU time (user + system) each process of the stack has used so far, in milliseconds. */
    Map<String, Long> cpuMillis() throws Exception {
        Map<String, Long> cpu = new LinkedHashMap<>();
        long tick = 10; // USER_HZ is 100 on Linux
        for (ChildProcess p : stack.processes()) {
            String[] stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat")).split("\\) ")[1].split(" ");
            cpu.put(p.name(), (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) * tick);
        }
        return cpu;
    }

    /** CPU milliseconds per document each process spent since {@code before}. */
    void printCpu(Map<String, Long> before, int documents) throws Exception {
        StringBuilder line = new StringBuilder("  CPU per document:");
        long total = 0;
        for (var e : cpuMillis().entrySet()) {
            long used = e.getValue() - before.getOrDefault(e.getKey(), 0L);
            total += used;
            line.append(String.format(" %s %.1f ms,", e.getKey(), (double) used / documents));
        }
        System.out.println(line.append(String.format(" all %.1f ms", (double) total / documents)));
    }

    void printRss() throws Exception {
        for (ChildProcess p : stack.processes()) {
            String status = Files.readString(Path.of("/proc/" + p.pid() + "/status"));
            String rss = status.lines().filter(l -> l.startsWith("VmRSS:")).findFirst().orElse("VmRSS: ?");
            String hwm = status.lines().filter(l -> l.startsWith("VmHWM:")).findFirst().orElse("VmHWM: ?");
            System.out.printf("RSS %-15s %s, peak %s%n", p.name(), rss.substring(6).trim(), hwm.substring(6).trim());
        }
    }

    /** Kafka's own perf tools on the same broker, with messages of a raw event's size. */
    void kafkaCeiling(int records) throws Exception {
        int size = rawEventSize();
        String topic = "bench-ceiling";
        System.out.printf("Kafka perf tools: %d records of %d bytes (a raw event's size), acks=all%n", records, size);
        try (var admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, 6, (short) 1)
                    .configs(Map.of("max.message.bytes", "15728640")))).all().get(60, TimeUnit.SECONDS);
        }
        runTool(() -> ProducerPerformance.main(new String[] {"--topic", topic,
            "--num-records", String.valueOf(records), "--record-size", String.valueOf(size), "--throughput", "-1",
            "--producer-props", "bootstrap.servers=" + stack.bootstrap(), "acks=all", "enable.idempotence=true",
            "max.request.size=15728640"}));
        runTool(() -> ConsumerPerformance.main(new String[] {"--bootstrap-server",
            stack.bootstrap(), "--topic", topic, "--messages", String.valueOf(records), "--timeout", "60000"}));
    }

    private int rawEventSize() {
        byte[] bytes = document(1).getBytes(StandardCharsets.UTF_8);
        // base64 of the bytes plus the event's other fields (id, names, times: about 400 bytes)
        return 4 * ((bytes.length + 2) / 3) + 400;
    }

    private interface Tool {
        void run() throws Exception;
    }

    private static void runTool(Tool tool) throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            tool.run();
        } finally {
            System.setOut(out);
        }
        String all = captured.toString(StandardCharsets.UTF_8);
        all.lines().filter(l -> l.contains("records/sec") || l.contains("MB.sec") || l.startsWith("start.time"))
                .forEach(l -> out.println("  " + l));
    }
}
