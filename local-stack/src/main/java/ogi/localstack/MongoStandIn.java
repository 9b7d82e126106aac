package ogi.localstack;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The MongoDB stand-in as a process of its own: mongo-java-server with its H2 backend, data in one file that
 * survives a restart. Usage: {@code MongoStandIn <port> <data-file>}. (H2MongoServer's own main binds 27017 only.)
 */
public final class MongoStandIn {
    private MongoStandIn() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(file.getParent());
        H2Backend backend = new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        System.out.println("MongoDB stand-in listening on 127.0.0.1:" + port + ", data in " + file);
        Thread.currentThread().join();
    }
}
