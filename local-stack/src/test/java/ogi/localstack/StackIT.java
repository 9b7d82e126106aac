package ogi.localstack;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the tests on the whole stack: a fresh stack per test class (real Kafka, the Mongo stand-in, the four
 * packaged services as processes) in {@code local-stack/target/<folder>}, where its logs stay after the run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StackIT {
    protected LocalStack stack;
    protected Api api;

    /** The folder under local-stack/target holding this class's stack. */
    protected abstract String folder();

    static Path projectRoot() {
        return Path.of(System.getProperty("project.root", "..")).toAbsolutePath().normalize();
    }

    @BeforeAll
    void startStack() throws Exception {
        Path dir = projectRoot().resolve("local-stack/target").resolve(folder());
        LocalStack.deleteRecursively(dir);
        stack = new LocalStack(projectRoot(), dir, LocalStack.freePorts()).start();
        api = new Api(stack);
    }

    @AfterAll
    void stopStack() {
        if (stack != null) {
            stack.close();
        }
    }
}
