package ogi.audit.copying;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.inject.Vetoed;

/** The copy index in memory (tests, benchmarks): the same buckets and prints as {@link CopyIndexRepository}. */
@Vetoed
public class InMemoryCopyIndex implements CopyIndex {
    private final Map<String, ReportPrint> prints = new HashMap<>();
    /** Bucket key to its one member (a String), or to a Set of them: most buckets hold one section. */
    private final Map<String, Object> buckets = new HashMap<>();
    private final Map<String, Set<String>> partners = new HashMap<>();

    @Override
    public synchronized List<ReportPrint> prints(Collection<String> documentIds) {
        List<ReportPrint> found = new ArrayList<>();
        for (String id : documentIds) {
            ReportPrint p = prints.get(id);
            if (p != null) {
                found.add(p);
            }
        }
        return found;
    }

    @Override
    public synchronized void add(ReportPrint print, Map<Integer, List<String>> keys) {
        prints.put(print.documentId(), print);
        keys.forEach((section, sectionKeys) -> {
            String member = CopyIndex.member(print.documentId(), section);
            for (String k : sectionKeys) {
                buckets.merge(k, member, InMemoryCopyIndex::join);
            }
        });
    }

    @Override
    public synchronized Map<String, Set<String>> buckets(Collection<String> keys) {
        Map<String, Set<String>> found = new HashMap<>();
        for (String k : keys) {
            Object members = buckets.get(k);
            if (members instanceof String one) {
                found.put(k, Set.of(one));
            } else if (members != null) {
                found.put(k, Set.copyOf(setOf(members)));
            }
        }
        return found;
    }

    @Override
    public synchronized Set<String> partners(String documentId) {
        return Set.copyOf(partners.getOrDefault(documentId, Set.of()));
    }

    @Override
    public synchronized void addPartners(String documentId, Collection<String> others) {
        for (String other : others) {
            partners.computeIfAbsent(documentId, x -> new HashSet<>()).add(other);
            partners.computeIfAbsent(other, x -> new HashSet<>()).add(documentId);
        }
    }

    private static Object join(Object members, Object member) {
        if (members.equals(member)) {
            return members;
        }
        Set<String> set = members instanceof String one ? new HashSet<>(Set.of(one)) : setOf(members);
        set.add((String) member);
        return set;
    }

    @SuppressWarnings("unchecked")
    private static Set<String> setOf(Object members) {
        return (Set<String>) members;
    }

    /** How many sections the fullest bucket holds. */
    public synchronized int largestBucket() {
        return buckets.values().stream().mapToInt(m -> m instanceof String ? 1 : setOf(m).size()).max().orElse(0);
    }

    /** How many buckets hold at least one section. */
    public synchronized int bucketCount() {
        return buckets.size();
    }
}
