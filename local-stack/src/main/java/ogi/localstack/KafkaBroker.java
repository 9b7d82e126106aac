package ogi.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;

import ogi.contracts.Topics;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller), from Maven Central's kafka_2.13 jars,
 * in its own process. The log directory is formatted once and reused on restart. Topics are created up front, with
 * room for 10 MB documents and {@code auto.create.topics.enable=false}.
 */
public final class KafkaBroker {
    public static final int MAX_MESSAGE_BYTES = Topics.MAX_MESSAGE_BYTES;
    public static final List<String> TOPICS = Topics.ALL;

    private KafkaBroker() {
    }

    public static ChildProcess start(Path dir, int port, int controllerPort, Path logDir) throws IOException,
            InterruptedException {
        Files.createDirectories(dir);
        Path data = dir.resolve("data");
        Path config = dir.resolve("server.properties");
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "log.dirs=" + data.toAbsolutePath(),
                "num.partitions=" + Topics.PARTITIONS,
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=6",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "auto.create.topics.enable=false",
                "group.initial.rebalance.delay.ms=0",
                "message.max.bytes=" + MAX_MESSAGE_BYTES,
                "replica.fetch.max.bytes=" + MAX_MESSAGE_BYTES,
                "log.retention.hours=-1",
                "") + "\n");
        if (!Files.exists(data.resolve("meta.properties"))) {
            Process format = new ProcessBuilder(ChildProcess.java("256m", "kafka.tools.StorageTool", "format",
                    "-t", Uuid.randomUuid().toString(), "-c", config.toAbsolutePath().toString()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logDir.resolve("kafka-format.log").toFile()))
                    .start();
            if (format.waitFor() != 0) {
                throw new IOException("formatting the Kafka log directory failed, see " + logDir.resolve(
                        "kafka-format.log"));
            }
        }
        return ChildProcess.start("kafka", ChildProcess.java("512m", "kafka.Kafka",
                config.toAbsolutePath().toString()), Map.of(), logDir);
    }

    /** Waits until the broker answers, then creates the pipeline's topics (existing ones are kept). */
    public static void createTopics(String bootstrap, int partitions, long timeoutMillis) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
        long deadline = System.currentTimeMillis() + timeoutMillis;
        try (Admin admin = Admin.create(props)) {
            while (true) {
                try {
                    admin.describeCluster().nodes().get();
                    break;
                } catch (ExecutionException e) {
                    if (System.currentTimeMillis() > deadline) {
                        throw new IllegalStateException("Kafka did not start at " + bootstrap, e);
                    }
                    Thread.sleep(500);
                }
            }
            List<NewTopic> topics = new ArrayList<>();
            for (String name : TOPICS) {
                topics.add(new NewTopic(name, partitions, (short) 1)
                        .configs(Map.of("max.message.bytes", String.valueOf(MAX_MESSAGE_BYTES))));
            }
            for (var entry : admin.createTopics(topics).values().entrySet()) {
                try {
                    entry.getValue().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }
}
