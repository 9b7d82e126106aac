package ogi.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Unit test over the repository's files (nothing runs): the topic names and topic settings written outside Java are
 * those of {@link Topics}. Docker compose's {@code kafka-init} job and the Kubernetes topics job create exactly the
 * topics of {@link Topics#ALL} with {@link Topics#MAX_MESSAGE_BYTES} (compose with {@link Topics#PARTITIONS}, its
 * broker with both as defaults), the AsyncAPI document has a channel for each topic, the services' properties name
 * topics only through {@code ${ogi.topic.*}} and set the record sizes to {@link Topics#MAX_MESSAGE_BYTES} (a
 * consumer's fetch may be small on purpose), and every topic name written in a README, document, YAML, JSON or
 * properties file is one of {@link Topics#ALL}. A name or size changed in one place and not the others fails here.
 */
class TopicsWrittenOutsideJavaTest {
    private static final Path ROOT = Path.of("..");
    /** The largest fetch a consumer may set on purpose below the maximum record size. */
    private static final long SMALL_FETCH = 1 << 20;
    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules", "vendor");
    private static final Pattern TEXT_FILE = Pattern.compile(".*\\.(md|yml|yaml|json|properties)");
    /** A topic-like name; not one followed by a version ({@code ogi.audit.alert.v1} names a message, not a topic). */
    private static final Pattern TOPIC_LIKE = Pattern.compile(
            "\\bogi\\.(?:reports|audit)\\.[a-z][a-z-]*(?![a-z-])(?!\\.v\\d)");

    private static String read(String path) {
        return read(ROOT.resolve(path));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String group(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        assertTrue(m.find(), what + " not found");
        return m.group(1);
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static List<String> words(String list) {
        return List.of(list.trim().split("\\s+"));
    }

    @Test
    void dockerComposeCreatesTheTopicsWithTheirSettings() {
        String compose = read("docker-compose.yml");
        String init = compose.substring(compose.indexOf("\n  kafka-init:"));
        init = init.substring(0, init.indexOf("\n  mongodb:"));
        assertEquals(Topics.ALL, words(group(Pattern.compile("for topic in ([^;]+);"), init,
                "kafka-init's topic loop")), "the topics docker compose's kafka-init creates");
        assertEquals(String.valueOf(Topics.PARTITIONS), group(Pattern.compile("--partitions (\\d+)"), init,
                "kafka-init's partitions"), "kafka-init's partitions");
        assertEquals(String.valueOf(Topics.MAX_MESSAGE_BYTES), group(Pattern.compile("max\\.message\\.bytes=(\\d+)"),
                init, "kafka-init's max.message.bytes"), "kafka-init's max.message.bytes");
        assertEquals(String.valueOf(Topics.PARTITIONS), group(Pattern.compile("KAFKA_NUM_PARTITIONS: (\\d+)"), compose,
                "the broker's default partitions"), "the broker's KAFKA_NUM_PARTITIONS");
        assertEquals(String.valueOf(Topics.MAX_MESSAGE_BYTES), group(Pattern.compile("KAFKA_MESSAGE_MAX_BYTES: (\\d+)"),
                compose, "the broker's message size"), "the broker's KAFKA_MESSAGE_MAX_BYTES");
    }

    @Test
    void theKubernetesJobCreatesTheTopicsWithTheirSettings() {
        String job = read("deploy/kubernetes/base/topics-job.yaml");
        assertEquals(Topics.ALL, words(group(Pattern.compile("for t in ([^;]+);"), job, "the job's topic loop")),
                "the topics the Kubernetes job creates");
        assertEquals(String.valueOf(Topics.MAX_MESSAGE_BYTES), group(Pattern.compile("max\\.message\\.bytes=(\\d+)"),
                job, "the job's max.message.bytes"), "the Kubernetes job's max.message.bytes");
    }

    @Test
    void theAsyncApiDocumentHasAChannelPerTopic() {
        List<String> addresses = all(Pattern.compile("(?m)^\\s+address: (\\S+)\\s*$"), read("docs/asyncapi.yaml"));
        assertEquals(new TreeSet<>(Topics.ALL), new TreeSet<>(addresses), "the AsyncAPI channels' addresses");
        assertEquals(Topics.ALL.size(), addresses.size(), "one channel per topic: " + addresses);
    }

    @Test
    void thePropertiesNameTopicsThroughTheirDefinitionAndSizeRecordsByIt() {
        Set<String> properties = new TreeSet<>(Topics.ALL.stream()
                .map(t -> "${ogi.topic." + t.substring(t.lastIndexOf('.') + 1) + "}").toList());
        Pattern topic = Pattern.compile("(?m)^\\s*([\\w.-]+\\.topic)\\s*=\\s*(.*?)\\s*$");
        Pattern size = Pattern.compile("(?m)^\\s*([\\w.-]+\\.(?:max\\.request\\.size|max\\.partition\\.fetch\\.bytes))"
                + "\\s*=\\s*(.*?)\\s*$");
        int topics = 0;
        int sizes = 0;
        for (Path file : files(p -> p.getFileName().toString().endsWith(".properties"))) {
            String text = read(file);
            Matcher t = topic.matcher(text);
            while (t.find()) {
                topics++;
                assertTrue(properties.contains(t.group(2)), file + ": " + t.group(1) + "=" + t.group(2)
                        + " is not one of " + properties);
            }
            Matcher s = size.matcher(text);
            while (s.find()) {
                sizes++;
                long value = Long.parseLong(s.group(2));
                // a consumer may fetch less on purpose (a larger record still comes, alone); else it is the maximum
                boolean smallFetch = s.group(1).endsWith("fetch.bytes") && value <= SMALL_FETCH;
                assertTrue(smallFetch || value == Topics.MAX_MESSAGE_BYTES, file + ": " + s.group(1) + "=" + value
                        + " is neither Topics.MAX_MESSAGE_BYTES (" + Topics.MAX_MESSAGE_BYTES + ") nor a small fetch");
            }
        }
        assertTrue(topics >= Topics.ALL.size(), "the services' channel topics are found: " + topics);
        assertTrue(sizes >= 3, "the record size settings are found: " + sizes);
    }

    @Test
    void everyTopicNameWrittenInATextFileIsATopic() {
        Set<String> packages = javaPackages();
        TreeMap<String, Set<String>> unknown = new TreeMap<>();
        int seen = 0;
        for (Path file : files(p -> TEXT_FILE.matcher(p.getFileName().toString()).matches())) {
            Matcher m = TOPIC_LIKE.matcher(read(file));
            while (m.find()) {
                String name = m.group();
                if (packages.contains(name)) {
                    continue;
                }
                seen++;
                if (!Topics.ALL.contains(name)) {
                    unknown.computeIfAbsent(ROOT.relativize(file).toString(), k -> new TreeSet<>()).add(name);
                }
            }
        }
        assertTrue(seen > 20, "topic names are found in the text files: " + seen);
        assertEquals(new TreeMap<>(), unknown, "topic names that are not in Topics.ALL, by file");
    }

    @Test
    void theCheckSeesANameThatDrifted() {
        assertFalse(TOPIC_LIKE.matcher("ogi.audit.alert.v1").find(), "a message name is not a topic");
        Matcher m = TOPIC_LIKE.matcher("consumes `ogi.reports.parse` and ogi.reports.raw.");
        assertTrue(m.find() && m.group().equals("ogi.reports.parse"), "a name that drifted is seen");
        assertTrue(m.find() && m.group().equals("ogi.reports.raw"), "a name at the end of a sentence is seen");
    }

    /** The project's Java packages ({@code ogi.audit.rules} is a package, not a topic). */
    private static Set<String> javaPackages() {
        try (Stream<Path> dirs = Files.walk(ROOT)) {
            return dirs.filter(Files::isDirectory).map(d -> ROOT.relativize(d).toString().replace('\\', '/'))
                    .filter(d -> d.matches("[^/]+/src/(main|test)/java/.+") && !d.contains("/target/"))
                    .map(d -> d.substring(d.indexOf("/java/") + 6).replace('/', '.'))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> files(Predicate<Path> wanted) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    boolean skipped = !dir.equals(ROOT) && (name.startsWith(".") || SKIPPED_FOLDERS.contains(name));
                    return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (wanted.test(file)) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }
}
