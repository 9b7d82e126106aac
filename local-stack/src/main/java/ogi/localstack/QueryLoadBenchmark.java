package ogi.localstack;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * Load benchmark of the query service against the running stack with N stored reports (default 100,000): the
 * reports are written straight into the {@code reports} collection in the shape the service stores (the Weibin
 * golden report under generated ids, agencies and years), then requests are sent at a fixed rate (open loop, so a
 * slow answer cannot slow the load down) and every latency is recorded.
 * Usage: {@code bin/bench-query [reports] [rate/s] [seconds] [list rate/s] [analysis rate/s]}: after the lookups and
 * lists, the year-on-year comparison, region rollups (a county and a province) and the exports (XLSX per region
 * and year, PDF per report) at the analysis rate (default 2/s).
 */
public final class QueryLoadBenchmark {
    private static final List<String> CITIES = List.of("乌苏市", "新乡市卫滨区", "独山子区", "塔城市", "沙湾市", "奎屯市",
            "克拉玛依区", "伊宁市", "博乐市", "昌吉市");
    private static final List<String> DEPARTMENTS = List.of("城市管理局", "教育局", "财政局", "公安局", "民政局",
            "卫生健康委员会", "自然资源局", "生态环境局", "交通运输局", "水利局");

    /** The division codes of the cities (GB/T 2260), so region rollups and exports have regions to work on. */
    private static final List<String> CITY_CODES = List.of("654202", "410703", "650202", "654201", "654203",
            "654003", "650203", "654002", "652701", "652301");

    private static final int FULL = 10_000;

    /** The stack's read key, sent with every request. */
    private static String key = "";

    private QueryLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        try {
            measure(args);
        } catch (Exception e) {
            e.printStackTrace();
            System.exit(1);
        }
        // the request pools' threads would keep the JVM alive
        System.exit(0);
    }

    private static void measure(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int reports = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int rate = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
        int listRate = args.length > 4 ? Integer.parseInt(args[4]) : Math.max(1, rate / 5);
        int analysisRate = args.length > 5 ? Integer.parseInt(args[5]) : 2;
        Path dir = root.resolve("local-stack/target/bench-stack");
        LocalStack.deleteRecursively(dir);
        LocalStack stack = new LocalStack(root, dir, LocalStack.freePorts());
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
        try (stack) {
            stack.start();
            String mongo = "mongodb://127.0.0.1:" + stack.mongoPort();
            List<String> ids = seed(mongo, root, reports);
            String base = stack.url("query-service");
            rebuildViews(base, stack.writeKey());
            Random random = new Random(1);
            System.out.printf("%n%,d reports stored; query service %s%n", reports, base);
            key = stack.readKey();
            run("GET /reports/{id}", rate, seconds, i -> base + "/reports/" + ids.get(random.nextInt(ids.size())));
            if (listRate > 0) {
                run("GET /reports?agency=&year= (filtered list, 50 per page)", listRate, seconds, i -> base
                        + "/reports?limit=50&year=" + (2019 + i % 5) + "&agency="
                        + URLEncoder.encode(DEPARTMENTS.get(i % DEPARTMENTS.size()), StandardCharsets.UTF_8));
            }
            run("GET /agencies/{agency}/compare (two whole reports)", analysisRate, seconds, i -> base
                    + "/agencies/" + URLEncoder.encode(agency(i), StandardCharsets.UTF_8).replace("+", "%20")
                    + "/compare?from=" + (2019 + i % 4) + "&to=" + (2020 + i % 4));
            run("GET /regions/{county}?year= (rollup, ~2,000 reports)", analysisRate, seconds, i -> base
                    + "/regions/" + CITY_CODES.get(i % CITY_CODES.size()) + "?year=" + (2019 + i % 5));
            run("GET /regions/65?year= (rollup, province, ~18,000 reports)", Math.max(1, analysisRate / 2), seconds,
                    i -> base + "/regions/65?year=" + (2019 + i % 5));
            run("GET /export/regions/{county}/{year}.xlsx", analysisRate, seconds, i -> base + "/export/regions/"
                    + CITY_CODES.get(i % CITY_CODES.size()) + "/" + (2019 + i % 5) + ".xlsx");
            run("GET /reports/{id}/audit.pdf", analysisRate, seconds, i -> base + "/reports/"
                    + ids.get(random.nextInt(ids.size())) + "/audit.pdf");
            // export throughput: as many as two clients each can get, one request after the other
            throughput("GET /export/regions/{county}/{year}.xlsx (2 clients)", 2, seconds, i -> base
                    + "/export/regions/" + CITY_CODES.get(i % CITY_CODES.size()) + "/" + (2019 + i % 5) + ".xlsx");
            throughput("GET /reports/{id}/audit.pdf (2 clients)", 2, seconds, i -> base + "/reports/"
                    + ids.get(Math.floorMod(i * 7919, ids.size())) + "/audit.pdf");
            long rss = ProcessHandle.of(stack.processes().stream().filter(p -> p.name().equals("query-service"))
                    .findFirst().orElseThrow().pid()).map(QueryLoadBenchmark::rssKb).orElse(-1L);
            System.out.printf("query-service RSS after the runs: %,d kB%n", rss);
        }
    }

    /**
     * Stores {@code count} reports and returns the ids of those stored whole. The first {@value #FULL} carry the
     * whole parsed report (about 25 kB: sections and every cell with its raw text, unit and line); the others a
     * slim one (metadata and Table 1), because the H2-backed stand-in takes 2.5 GB and many minutes for 100,000
     * whole reports. Lookups by id go to the whole ones; lists run over all.
     */
    private static List<String> seed(String mongo, Path root, int count) throws Exception {
        Document golden = Document.parse(Files.readString(root.resolve(
                "samples/golden/weibin-urban-management-2022.parsed.json")));
        Document report = golden.get("report", Document.class);
        report.remove("text");
        Document slim = new Document("metadata", report.get("metadata")).append("table1", report.get("table1"));
        List<String> ids = new ArrayList<>(count);
        long start = System.nanoTime();
        try (MongoClient client = MongoClients.create(mongo)) {
            MongoCollection<Document> reports = client.getDatabase("ogi").getCollection("reports");
            List<Document> batch = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String id = id(i);
                if (i < FULL) {
                    ids.add(id);
                }
                String agency = agency(i);
                // blocks of 100: every agency once per block, the year changing from block to block, so each
                // agency has whole reports for consecutive years to compare
                int year = 2019 + (i / 100) % 5;
                String code = CITY_CODES.get(i % CITIES.size());
                // the whole reports (the first ones) are the newest of their agency's year, so they are compared
                Date at = new Date(1_700_000_000_000L + (long) (count - i) * 1000L);
                batch.add(new Document("_id", id).append("statusRank", 4).append("agency", agency)
                        .append("agencySort", agency).append("region", CITIES.get(i % CITIES.size()))
                        .append("year", year).append("yearSort", year).append("template", "2021")
                        .append("fileName", "report-" + i + ".txt").append("receivedAt", at).append("firstSeenAt", at)
                        .append("report", i < FULL ? report : slim).append("findingCounts", new Document("info", 0).append("warning", 1)
                                .append("error", 3)).append("ruleIds", List.of("COMP-001", "COMP-003", "COMP-004"))
                        .append("maxSeverityRank", 3)
                        .append("divisionCodes", List.of(code.substring(0, 2), code.substring(0, 4), code))
                        .append("division", new Document("code", code).append("path", CITIES.get(i % CITIES.size()))));
                if (batch.size() == 500) {
                    reports.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                reports.insertMany(batch);
            }
        }
        System.out.printf("seeded %,d reports (%,d whole) in %.1f s%n", count, Math.min(count, FULL),
                (System.nanoTime() - start) / 1e9);
        return ids;
    }

    /**
     * The reports went straight into MongoDB, past the query service, so the entries the comparison and the rollups
     * read are built as an operator would after loading a backup: {@code POST /views/rebuild}.
     */
    private static void rebuildViews(String base, String writeKey) throws Exception {
        for (int attempt = 1; ; attempt++) {
            long start = System.nanoTime();
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "/views/rebuild")).header("X-API-Key", writeKey)
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            System.out.printf("POST /views/rebuild (attempt %d): %d %s in %.1f s%n", attempt, answer.statusCode(),
                    answer.body(), (System.nanoTime() - start) / 1e9);
            if (answer.statusCode() == 200) {
                return;
            }
            // H2 behind the stand-in has failed a scan just after a bulk load ("Chunk not found"); a later one reads
            if (attempt == 3) {
                throw new IllegalStateException("the views were not rebuilt");
            }
            Thread.sleep(30_000);
        }
    }

    private static String agency(int i) {
        return CITIES.get(i % CITIES.size()) + DEPARTMENTS.get((i / CITIES.size()) % DEPARTMENTS.size());
    }

    private static String id(int i) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(("bench-" + i).getBytes(StandardCharsets.UTF_8)));
    }

    /** Sends {@code rate} requests a second for {@code seconds}, open loop; prints throughput and percentiles. */
    /** Closed loop: {@code clients} threads each send the next request when the last is answered. */
    private static void throughput(String name, int clients, int seconds, IntFunction<String> url) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicLong bytes = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        long begin = System.nanoTime();
        long end = begin + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread t = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url.apply(
                                next.getAndIncrement()))).header("X-API-Key", key).timeout(Duration.ofSeconds(120))
                                .build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        bytes.addAndGet(r.body().length);
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t0);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - begin) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%s: %,d in %.1f s = %.2f/s, %.1f MB/s, errors %d; latency ms p50 %.2f p99 %.2f%n", name,
                sorted.length, elapsed, sorted.length / elapsed, bytes.get() / elapsed / 1e6, errors.get(),
                pct(sorted, 50), pct(sorted, 99));
    }

    private static void run(String name, int rate, int seconds, IntFunction<String> url) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16))
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < Math.min(200, rate * 2); i++) {
            http.send(HttpRequest.newBuilder(URI.create(url.apply(i))).header("X-API-Key", key).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        AtomicInteger sent = new AtomicInteger();
        int total = rate * seconds;
        long periodNanos = 1_000_000_000L / rate;
        long begin = System.nanoTime();
        ticker.scheduleAtFixedRate(() -> {
            int i = sent.getAndIncrement();
            if (i >= total) {
                return;
            }
            long t0 = System.nanoTime();
            synchronized (pending) {
                pending.add(http.sendAsync(HttpRequest.newBuilder(URI.create(url.apply(i))).header("X-API-Key", key)
                        .timeout(Duration.ofSeconds(60)).build(),
                        HttpResponse.BodyHandlers.ofByteArray()).whenComplete((r, e) -> {
                            if (e != null || r.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                            latencies.add(System.nanoTime() - t0);
                        }));
            }
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        while (sent.get() < total) {
            Thread.sleep(100);
        }
        ticker.shutdownNow();
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        double elapsed = (System.nanoTime() - begin) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%s: %,d requests in %.1f s = %.0f/s, errors %d; latency ms p50 %.2f p90 %.2f p99 %.2f "
                + "max %.2f%n", name, sorted.length, elapsed, sorted.length / elapsed, errors.get(), pct(sorted, 50),
                pct(sorted, 90), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    static long rssKb(ProcessHandle p) {
        try {
            return Arrays.stream(Files.readString(Path.of("/proc/" + p.pid() + "/status")).split("\n"))
                    .filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong)
                    .findFirst().orElse(-1);
        } catch (Exception e) {
            return -1;
        }
    }
}
