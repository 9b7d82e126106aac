package ogi.localstack.mongo;

import org.h2.mvstore.type.ObjectDataType;

import de.bwaldvogel.mongo.backend.KeyValue;

/**
 * The key type of the stand-in's unique indexes: H2's own object type, except that two index keys are compared
 * value by value. H2 compares objects it does not know (mongo-java-server's {@code KeyValue}) by serialising both
 * with Java serialisation at every step of the B-tree search, which was a third of the stand-in's CPU in the
 * pipeline benchmark (BENCHMARKS.md). Keys are written and read as before; only their order differs, so a data file
 * written with H2's order is not read with this one ({@link StandInBackend#FORMAT}).
 */
final class IndexKeyType extends ObjectDataType {

    @Override
    public int compare(Object a, Object b) {
        if (a instanceof KeyValue x && b instanceof KeyValue y) {
            if (x.size() != y.size()) {
                return Integer.compare(x.size(), y.size());
            }
            for (int i = 0; i < x.size(); i++) {
                int c = super.compare(x.get(i), y.get(i));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        }
        return super.compare(a, b);
    }
}
