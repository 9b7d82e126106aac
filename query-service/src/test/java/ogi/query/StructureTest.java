package ogi.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Unit test over the sources (nothing runs): MongoDB and {@code org.bson} are touched only in {@code ogi.query.store};
 * only {@code ReadModelWriter} (for the read model) and the repositories of the service's own collections (reviews,
 * division corrections, batch entries, expected agencies, publication alerts) write, no two of them to one
 * collection, and only the projector hands the read model's writer anything; and no package of the project's main code depends, through imports or fully-qualified names, on a package that depends back on it.
 */
class StructureTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\b(ogi(?:\\.[a-z]\\w*)+)\\.[A-Z]");
    private static final Pattern COLLECTION = Pattern.compile("getCollection\\(Collections\\.(\\w+)\\)");
    private static final Pattern WRITE = Pattern.compile(
            "\\.(updateOne|updateMany|replaceOne|insertOne|insertMany|deleteOne|deleteMany|bulkWrite|findOneAndUpdate)\\(");



    /** The writers of their own collections, one each (all in the store). */
    private static final Set<String> OWN_COLLECTION_WRITERS = Set.of("ReviewRepository", "DivisionCorrections",
            "BatchRepository", "ExpectedAgencyRepository", "PublicationAlertRepository");

    private record Source(Path path, String packageName, String text) {
        String className() {
            return path.getFileName().toString().replace(".java", "");
        }
    }

    private static List<Source> sources(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).map(p -> {
                try {
                    String text = Files.readString(p);
                    Matcher m = PACKAGE.matcher(text);
                    return new Source(p, m.find() ? m.group(1) : "", text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void onlyTheStoreTouchesMongoDb() {
        List<String> outside = sources(MAIN).stream()
                .filter(s -> !s.packageName().equals("ogi.query.store"))
                .filter(s -> s.text().contains("org.bson") || s.text().contains("com.mongodb"))
                .map(s -> s.path().toString()).toList();
        assertEquals(List.of(), outside, "classes outside ogi.query.store that use org.bson or com.mongodb");
    }

    @Test
    void eachCollectionHasOneWriter() {
        Set<String> writers = new TreeSet<>();
        Set<String> handsTheWriter = new TreeSet<>();
        Map<String, Set<String>> writersOfCollection = new TreeMap<>();
        for (Source s : sources(MAIN)) {
            if (WRITE.matcher(s.text()).find()) {
                writers.add(s.packageName() + "." + s.className());
                Matcher collection = COLLECTION.matcher(s.text());
                while (collection.find()) {
                    writersOfCollection.computeIfAbsent(collection.group(1), k -> new TreeSet<>()).add(s.className());
                }
            }
            if (s.text().contains("ReadModelWriter") && !s.packageName().equals("ogi.query.store")) {
                handsTheWriter.add(s.packageName());
            }
        }
        Set<String> expected = new TreeSet<>(Set.of("ogi.query.store.ReadModelWriter"));
        OWN_COLLECTION_WRITERS.forEach(w -> expected.add("ogi.query.store." + w));
        assertEquals(expected, writers,
                "the classes that write to MongoDB");
        writersOfCollection.forEach((collection, classes) -> assertEquals(1, classes.size(),
                "the writers that open collection " + collection + ": " + classes));
        assertTrue(writersOfCollection.keySet().containsAll(Set.of("REPORTS", "BATCH_DOCUMENTS", "EXPECTED_AGENCIES",
                "PUBLICATION_ALERTS")), "the writers' collections are found: " + writersOfCollection);
        assertEquals(Set.of("ogi.query.projection"), handsTheWriter,
                "the packages outside the store that use the read model's writer");
    }

    @Test
    void noPackageOfTheProjectDependsOnItselfThroughOthers() throws IOException {
        List<Path> roots;
        try (Stream<Path> modules = Files.list(Path.of(".."))) {
            roots = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList();
        }
        assertTrue(roots.size() >= 5, "the modules' sources are found from " + Path.of("..").toAbsolutePath());
        Map<String, Set<String>> uses = new TreeMap<>();
        for (Path root : roots) {
            for (Source s : sources(root)) {
                Set<String> used = uses.computeIfAbsent(s.packageName(), k -> new TreeSet<>());
                for (Pattern p : List.of(IMPORT, QUALIFIED)) {
                    Matcher m = p.matcher(s.text());
                    while (m.find()) {
                        if (m.group(1).startsWith("ogi.") && !m.group(1).equals(s.packageName())) {
                            used.add(m.group(1));
                        }
                    }
                }
            }
        }
        uses.values().forEach(used -> used.retainAll(uses.keySet()));
        assertEquals(List.of(), cycles(uses), "package cycles of the project's main code");
    }

    /** The strongly connected components of more than one package (Tarjan). */
    private static List<List<String>> cycles(Map<String, Set<String>> graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> components = new ArrayList<>();
        int[] counter = {0};
        for (String node : graph.keySet()) {
            if (!index.containsKey(node)) {
                connect(node, graph, index, low, stack, onStack, components, counter);
            }
        }
        return components;
    }

    private static void connect(String v, Map<String, Set<String>> graph, Map<String, Integer> index,
            Map<String, Integer> low, Deque<String> stack, Set<String> onStack, List<List<String>> components,
            int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]++);
        stack.push(v);
        onStack.add(v);
        for (String w : graph.getOrDefault(v, Set.of())) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, components, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            if (component.size() > 1) {
                components.add(component.stream().sorted().toList());
            }
        }
    }
}
