package ogi.localstack;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import ogi.contracts.Topics;
import ogi.localstack.mongo.StandInBackend;

/**
 * The whole system on one machine without Docker: a real Kafka broker (KRaft), the MongoDB stand-in and the four
 * packaged services, each in its own process, logs under {@code <dir>/logs}. {@code main} starts it, posts the
 * sample reports and runs until Ctrl-C; the end-to-end tests start it on free ports in a temporary directory.
 */
public final class LocalStack implements AutoCloseable {
    public static final List<String> SERVICES = List.of("ingest-service", "parse-service", "audit-service",
            "query-service");

    private final Path projectRoot;
    private final Path dir;
    private final Map<String, Integer> ports;
    /** Each running service instance's service: "parse-service-2" runs parse-service. */
    private final Map<String, String> instances = new ConcurrentHashMap<>();
    private final List<ChildProcess> processes = new ArrayList<>();
    private final String writeKey = newKey();
    private final String readKey = newKey();
    private TraceCollector traces;

    public LocalStack(Path projectRoot, Path dir, Map<String, Integer> ports) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
        this.dir = dir.toAbsolutePath().normalize();
        this.ports = new ConcurrentHashMap<>(ports);
    }

    /** Fixed, documented ports for the local stack. */
    public static Map<String, Integer> defaultPorts() {
        Map<String, Integer> p = new LinkedHashMap<>();
        p.put("kafka", 9092);
        p.put("kafka-controller", 9093);
        p.put("mongo", 27017);
        p.put("ingest-service", 8081);
        p.put("parse-service", 8082);
        p.put("audit-service", 8083);
        p.put("query-service", 8084);
        p.put("traces", 4318);
        return p;
    }

    public static Map<String, Integer> freePorts() throws IOException {
        Map<String, Integer> p = new LinkedHashMap<>();
        for (String name : defaultPorts().keySet()) {
            p.put(name, freePort());
        }
        return p;
    }

    private static final Random PORTS = new Random();

    /**
     * A port free now, below Linux's ephemeral range (32768 and up): a port the system hands out for outgoing
     * connections (the many Kafka and MongoDB clients of a run) could otherwise be taken by one before the process
     * meant to listen on it starts.
     */
    static int freePort() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + PORTS.nextInt(12_000);
            try (ServerSocket s = new ServerSocket()) {
                s.setReuseAddress(false);
                s.bind(new InetSocketAddress("127.0.0.1", port));
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between 20000 and 32000");
    }

    /** A key with both roles (ingest, re-audit, reading); this stack's own, made at start. */
    public String writeKey() {
        return writeKey;
    }

    /** A key that only reads (query service, dashboard). */
    public String readKey() {
        return readKey;
    }

    private static String newKey() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    public int mongoPort() {
        return ports.get("mongo");
    }

    public String bootstrap() {
        return "127.0.0.1:" + ports.get("kafka");
    }

    public String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    /** The stack's trace collector, which receives every service's spans. */
    public TraceCollector traces() {
        return traces;
    }

    public Path logDir() {
        return dir.resolve("logs");
    }

    public LocalStack start() throws Exception {
        Files.createDirectories(logDir());
        checkPackaged();
        traces = TraceCollector.start(ports.get("traces"));
        processes.add(KafkaBroker.start(dir.resolve("kafka"), ports.get("kafka"), ports.get("kafka-controller"),
                logDir()));
        startMongo();
        KafkaBroker.createTopics(bootstrap(), Topics.PARTITIONS, 120_000);
        for (String service : SERVICES) {
            startService(service);
        }
        for (String service : SERVICES) {
            awaitReady(service, READY_TIMEOUT);
        }
        return this;
    }

    private void startMongo() throws IOException {
        // -Dogi.mongo.backend=memory: the stand-in keeps nothing on disk (benchmarks only; a restart loses all)
        String store = System.getProperty("ogi.mongo.backend", "h2").equals("memory") ? "memory"
                : dir.resolve("mongo/ogi.v" + StandInBackend.FORMAT + ".mv").toString();
        // the stand-in holds what H2 caches of every stored document: 1 GB runs out past ~11,000 reports
        // (bin/bench-pipeline gives it more with -Dogi.mongo.heap)
        List<String> cmd = ChildProcess.java(System.getProperty("ogi.mongo.heap", "1g"), MongoStandIn.class.getName(),
                String.valueOf(ports.get("mongo")), store);
        if (Boolean.getBoolean("ogi.service.jfr")) {
            cmd.add(1, jfrOption("mongo"));
        }
        processes.add(ChildProcess.start("mongo", cmd, Map.of(), logDir()));
    }

    /** How long a service may take to start: 120 s, more on a loaded machine ({@code -Dogi.stack.ready-seconds}). */
    static final Duration READY_TIMEOUT = Duration.ofSeconds(Long.getLong("ogi.stack.ready-seconds", 120));

    /** Stops a process of the stack gracefully (SIGTERM): the Mongo stand-in commits its store on the way out. */
    public void stop(String name) {
        ChildProcess p = process(name);
        p.stop();
        processes.remove(p);
    }

    /**
     * The services' JVM settings: the same files the images read (deploy/jvm, as Java argument files), a service's
     * own file after the common one; {@code -Dogi.service.jvm="..."} adds overrides after both.
     */
    List<String> jvmOptions(String service) {
        List<String> options = new ArrayList<>();
        Path jvm = projectRoot.resolve("deploy/jvm");
        options.add("@" + jvm.resolve("service.options"));
        if (Files.exists(jvm.resolve(service + ".options"))) {
            options.add("@" + jvm.resolve(service + ".options"));
        }
        String overrides = System.getProperty("ogi.service.jvm", "").trim();
        if (!overrides.isEmpty()) {
            options.addAll(List.of(overrides.split("\\s+")));
        }
        return options;
    }

    /**
     * The share of uploads traced end to end (ingest-service samples, the others follow its decision): all of them
     * here by default, since the tests read documents' traces; {@code -Dogi.trace.ratio=0.1} as in production.
     */
    public static double traceRatio() {
        return Double.parseDouble(System.getProperty("ogi.trace.ratio", "1"));
    }

    /** A CPU profile of a process over its life, written when it stops (bin/bench-pipeline: JFR=1). */
    private String jfrOption(String process) {
        return "-XX:StartFlightRecording=dumponexit=true,settings=profile,filename="
                + logDir().resolve(process + ".jfr");
    }

    public ChildProcess startService(String service) throws IOException {
        return startInstance(service, service);
    }

    /**
     * Starts one more instance of a service, in the same consumer groups as the others (scale-out), on a port of its
     * own; {@code instance} names it (its log, {@link #url}, {@link #kill}, {@link #restart}).
     */
    public ChildProcess startInstance(String service, String instance) throws IOException {
        if (!ports.containsKey(instance)) {
            ports.put(instance, freePort());
        }
        instances.put(instance, service);
        List<String> cmd = new ArrayList<>();
        cmd.add(ChildProcess.javaBinary());
        cmd.addAll(jvmOptions(service));
        if (Boolean.getBoolean("ogi.service.jfr")) {
            cmd.add(jfrOption(instance));
        }
        cmd.addAll(List.of(
                "-Dquarkus.http.port=" + ports.get(instance),
                "-Dkafka.bootstrap.servers=" + bootstrap(),
                "-Dquarkus.mongodb.connection-string=mongodb://127.0.0.1:" + ports.get("mongo"),
                "-Dingest.query-base-url=" + url("query-service"),
                "-Dquarkus.otel.exporter.otlp.traces.protocol=http/protobuf",
                "-Dquarkus.otel.exporter.otlp.traces.endpoint=" + traces.endpoint(),
                "-Dquarkus.otel.traces.sampler.arg=" + traceRatio(),
                "-Dquarkus.otel.bsp.schedule.delay=1s",
                "-Dquarkus.otel.bsp.max.queue.size=65536",
                "-Dquarkus.otel.bsp.max.export.batch.size=2048",
                "-Dogi.security.api-keys=local-admin@" + writeKey + ":read+write,local-reader@" + readKey + ":read",
                "-jar", projectRoot.resolve(service + "/target/quarkus-app/quarkus-run.jar").toString()));
        // glibc gives each thread that allocates its own 64 MB arena; two keep native memory small.
        ChildProcess p = ChildProcess.start(instance, cmd, Map.of("MALLOC_ARENA_MAX", "2"), logDir());
        processes.add(p);
        return p;
    }

    /** Kills a process of the stack with SIGKILL (kill -9). */
    public void kill(String name) {
        ChildProcess p = process(name);
        p.kill();
        processes.remove(p);
    }

    /** Starts again a process that was killed: a service (waiting until ready) or the Kafka broker. */
    public void restart(String name) throws Exception {
        if (name.equals("mongo")) {
            startMongo();
            return;
        }
        if (name.equals("kafka")) {
            processes.add(KafkaBroker.start(dir.resolve("kafka"), ports.get("kafka"), ports.get("kafka-controller"),
                    logDir()));
            KafkaBroker.createTopics(bootstrap(), Topics.PARTITIONS, 120_000);
            return;
        }
        startInstance(instances.getOrDefault(name, name), name);
        awaitReady(name, READY_TIMEOUT);
    }

    public ChildProcess process(String name) {
        return processes.stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no running process " + name));
    }

    public void awaitReady(String service, Duration timeout) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastStatus = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
                lastStatus = r.statusCode() + " " + r.body();
            } catch (IOException e) {
                lastStatus = e.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(service + " not ready after " + timeout + ": " + lastStatus + "; see "
                + logDir().resolve(service + ".log"));
    }

    private void checkPackaged() {
        for (String service : SERVICES) {
            Path jar = projectRoot.resolve(service + "/target/quarkus-app/quarkus-run.jar");
            if (!Files.exists(jar)) {
                throw new IllegalStateException(jar + " is missing: build first with ./mvnw -DskipTests install");
            }
        }
    }

    public List<ChildProcess> processes() {
        return processes;
    }

    @Override
    public void close() {
        List<ChildProcess> reversed = new ArrayList<>(processes);
        Collections.reverse(reversed);
        reversed.forEach(ChildProcess::stop);
        processes.clear();
        if (traces != null) {
            traces.close();
        }
    }

    /** Removes a stack's data and logs, for a run from scratch. */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** This module's class path, for child JVMs: its classes and the dependencies copied to target/lib. */
    static String classPath() {
        Path target = Path.of(LocalStack.class.getProtectionDomain().getCodeSource().getLocation().getPath())
                .getParent();
        return target.resolve("classes") + File.pathSeparator + target.resolve("lib") + File.separator + "*";
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        LocalStack stack = new LocalStack(root, root.resolve(".local-stack"), defaultPorts());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping the local stack");
            stack.close();
        }));
        System.out.println("starting Kafka, the MongoDB stand-in and the four services (logs in "
                + stack.logDir() + ") ...");
        stack.start();
        System.out.println("all four services are ready; posting the sample reports");
        SampleFeeder.postAll(stack.url("ingest-service"), stack.writeKey(), root.resolve("samples/reports"));
        System.out.println();
        System.out.println("API keys of this run (header X-API-Key): read+write " + stack.writeKey() + "  read "
                + stack.readKey());
        System.out.println("dashboard    " + stack.url("query-service") + "/  (asks once for the read key)");
        System.out.println("ingest   POST " + stack.url("ingest-service") + "/documents");
        System.out.println("reports  GET  " + stack.url("query-service") + "/reports");
        System.out.println("rules    GET  " + stack.url("audit-service") + "/rules");
        System.out.println("traces   GET  " + stack.traces().endpoint() + "/traces/<traceId from the ingest answer>");
        for (String s : SERVICES) {
            System.out.println(String.format("%-15s %s/q/health  %s/q/metrics  %s/q/openapi", s, stack.url(s),
                    stack.url(s), stack.url(s)));
        }
        System.out.println("Kafka " + stack.bootstrap() + ", MongoDB stand-in mongodb://127.0.0.1:"
                + defaultPorts().get("mongo") + ". Ctrl-C stops everything.");
        Thread.currentThread().join();
    }

    /** Posts every file of a folder to the ingest service and prints the answers. */
    static final class SampleFeeder {
        private SampleFeeder() {
        }

        static void postAll(String ingestUrl, String key, Path folder) throws Exception {
            HttpClient http = HttpClient.newHttpClient();
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(ingestUrl
                            + "/documents?fileName=" + file.getFileName()))
                            .header("Content-Type", "text/plain; charset=utf-8").header("X-API-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofFile(file)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    System.out.println(file.getFileName() + " -> " + r.statusCode() + " " + r.body());
                }
            }
        }
    }
}
