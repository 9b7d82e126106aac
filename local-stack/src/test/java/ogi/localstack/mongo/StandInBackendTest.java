package ogi.localstack.mongo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.MongoServer;

/** The stand-in's H2 backend with value-compared index keys: what is stored is found again, also after a restart. */
class StandInBackendTest {
    @TempDir
    Path dir;

    @Test
    void findsEveryKeyByIdAndByUniqueFieldAlsoAfterARestart() {
        Path file = dir.resolve("store.mv");
        List<Object> ids = new ArrayList<>();
        withCollection(file, c -> {
            c.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            for (int i = 0; i < 3000; i++) {
                // keys of several types in one index, as real collections have (strings, numbers, object ids)
                Object id = switch (i % 4) {
                    case 0 -> "doc-" + i;
                    case 1 -> i;
                    case 2 -> (long) i * 1_000_003L;
                    default -> new ObjectId();
                };
                ids.add(id);
                c.insertOne(new Document("_id", id).append("code", "c" + (i * 7919 % 3000)).append("n", i));
            }
            assertFound(c, ids);
        });
        withCollection(file, c -> {
            assertFound(c, ids);
            assertThrows(MongoWriteException.class, () -> c.insertOne(new Document("_id", "new").append("code", "c5")));
            assertThrows(MongoWriteException.class, () -> c.insertOne(new Document("_id", ids.get(1))));
            c.deleteOne(Filters.eq("_id", ids.get(0)));
            assertNull(c.find(Filters.eq("_id", ids.get(0))).first());
            assertEquals(2999, c.countDocuments());
            assertEquals(3, c.countDocuments(Filters.in("_id", ids.get(1), ids.get(2), ids.get(3), "absent")));
        });
    }

    private static void assertFound(MongoCollection<Document> c, List<Object> ids) {
        assertEquals(ids.size(), c.countDocuments());
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i, c.find(Filters.eq("_id", ids.get(i))).first().getInteger("n"));
            assertEquals(i, c.find(Filters.eq("code", "c" + (i * 7919 % 3000))).first().getInteger("n"));
        }
    }

    private static void withCollection(Path file, Consumer<MongoCollection<Document>> test) {
        StandInBackend backend = new StandInBackend(new MVStore.Builder().fileName(file.toString()).open());
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            test.accept(client.getDatabase("test").getCollection("things"));
            for (String index : List.of("test.things._index__id_", "test.things._index_code_1")) {
                assertInstanceOf(IndexKeyType.class, backend.getMvStore().openMap(index).getKeyType(), index);
            }
        } finally {
            server.shutdownNow();
        }
    }
}
