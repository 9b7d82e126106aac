package ogi.localstack;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.h2.mvstore.MVStore;

import ogi.localstack.mongo.StandInBackend;

/**
 * The MongoDB stand-in as a process of its own: mongo-java-server with its H2 backend ({@link StandInBackend}), data
 * in one file that survives a restart. Usage: {@code MongoStandIn <port> <data-file>}, or
 * {@code MongoStandIn <port> memory} for the in-memory backend (nothing kept; the benchmarks use it to see past H2's
 * cost). (H2MongoServer's own main binds 27017 only.)
 */
public final class MongoStandIn {
    private MongoStandIn() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        MongoServer server;
        String where;
        if (args[1].equals("memory")) {
            server = new MongoServer(new MemoryBackend());
            where = "memory";
        } else {
            Path file = Path.of(args[1]).toAbsolutePath();
            Files.createDirectories(file.getParent());
            // No background compaction: it moves chunks a long scan is still reading, and H2 then fails the
            // query ("Chunk N not found") once a collection holds ~100,000 reports (bench-query)
            server = new MongoServer(new StandInBackend(new MVStore.Builder().fileName(file.toString())
                    .autoCompactFillRate(0).open()));
            where = file.toString();
        }
        // Up to 64 connections each on a thread of its own rather than Netty's two threads per core: a connection's
        // commands run on the thread it was given, and with four one service's small write waited behind another's
        // bulk write of large reports (ingest's answers under load, BENCHMARKS.md "Eighth session")
        server.bind(new InetSocketAddress("127.0.0.1", port), 1, 64);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        System.out.println("MongoDB stand-in listening on 127.0.0.1:" + port + ", data in " + where);
        Thread.currentThread().join();
    }
}
