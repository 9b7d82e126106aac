package ogi.audit.copying;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The near-duplicate index: each report's print, and buckets ({@code year:band:hash}) listing the sections
 * ({@code documentId:section}) whose signature falls in them. Adding the same document again changes nothing. Kept
 * in MongoDB by the service ({@link CopyIndexRepository}), in memory for tests and benchmarks
 * ({@link InMemoryCopyIndex}).
 */
public interface CopyIndex {

    /** The prints of the documents that are indexed, in no particular order. */
    List<ReportPrint> prints(Collection<String> documentIds);

    /** Stores the print and adds each section to its buckets ({@code keys}: section number to bucket keys). */
    void add(ReportPrint print, Map<Integer, List<String>> keys);

    /** The buckets that exist among the keys, each with its members. */
    Map<String, Set<String>> buckets(Collection<String> keys);

    /** The members of the buckets that exist among the keys. */
    default Set<String> members(Collection<String> keys) {
        Set<String> members = new HashSet<>();
        buckets(keys).values().forEach(members::addAll);
        return members;
    }

    /** The documents already audited again for this one (and it for them). */
    Set<String> partners(String documentId);

    /** Notes that the document and the others have been audited again for each other, on both sides. */
    void addPartners(String documentId, Collection<String> others);

    static String member(String documentId, int section) {
        return documentId + ":" + section;
    }
}
