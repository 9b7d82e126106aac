package ogi.audit.copying;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;

import ogi.audit.config.AuditConfig;

/**
 * The copy index in MongoDB, the audit service's collections {@code audit_copy_reports} ({@code _id} = document id:
 * agency, year, each section's shingle hashes as bytes, and {@code partners}, the reports already audited again
 * for it) and {@code audit_copy_buckets} ({@code _id} = {@code year:band:hash}, {@code members} =
 * {@code documentId:section}). Every read is by {@code _id} ({@code $in} for many), which the stand-in serves without
 * scanning; the bucket writes of a report go in one bulk of {@code $addToSet} upserts, so adding a report twice
 * changes nothing. This class is their one writer.
 */
@ApplicationScoped
public class CopyIndexRepository implements CopyIndex {
    static final String REPORTS = "audit_copy_reports";
    static final String BUCKETS = "audit_copy_buckets";

    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> buckets;

    public CopyIndexRepository(MongoClient client, AuditConfig config) {
        this.reports = client.getDatabase(config.database()).getCollection(REPORTS);
        this.buckets = client.getDatabase(config.database()).getCollection(BUCKETS);
    }

    @Override
    public List<ReportPrint> prints(Collection<String> documentIds) {
        List<ReportPrint> found = new ArrayList<>();
        if (documentIds.isEmpty()) {
            return found;
        }
        for (Document d : reports.find(in("_id", documentIds)).projection(new Document("partners", 0))) {
            List<SectionPrint> sections = new ArrayList<>();
            for (Document s : d.getList("sections", Document.class)) {
                sections.add(new SectionPrint(s.getInteger("number"), s.getString("heading"),
                        ints(s.get("shingles", Binary.class).getData())));
            }
            found.add(new ReportPrint(d.getString("_id"), d.getString("agencyKey"), d.getString("agency"),
                    d.getInteger("year"), sections));
        }
        return found;
    }

    @Override
    public void add(ReportPrint print, Map<Integer, List<String>> keys) {
        List<Document> sections = new ArrayList<>();
        for (SectionPrint s : print.sections()) {
            sections.add(new Document("number", s.number()).append("heading", s.heading())
                    .append("shingles", new Binary(bytes(s.shingles()))));
        }
        Bson set = Updates.combine(Updates.set("agencyKey", print.agencyKey()), Updates.set("agency", print.agency()),
                Updates.set("year", print.year()), Updates.set("sections", sections));
        reports.updateOne(eq("_id", print.documentId()), set, new UpdateOptions().upsert(true));
        List<WriteModel<Document>> writes = new ArrayList<>();
        keys.forEach((section, sectionKeys) -> {
            String member = CopyIndex.member(print.documentId(), section);
            for (String k : sectionKeys) {
                writes.add(new UpdateOneModel<>(eq("_id", k), Updates.addToSet("members", member),
                        new UpdateOptions().upsert(true)));
            }
        });
        if (!writes.isEmpty()) {
            buckets.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        }
    }

    @Override
    public Map<String, Set<String>> buckets(Collection<String> keys) {
        Map<String, Set<String>> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        for (Document d : buckets.find(in("_id", new HashSet<>(keys)))) {
            found.put(d.getString("_id"), new HashSet<>(d.getList("members", String.class)));
        }
        return found;
    }

    @Override
    public Set<String> partners(String documentId) {
        Document d = reports.find(eq("_id", documentId)).projection(new Document("partners", 1)).first();
        List<String> partners = d == null ? null : d.getList("partners", String.class);
        return partners == null ? Set.of() : Set.copyOf(partners);
    }

    @Override
    public void addPartners(String documentId, Collection<String> others) {
        if (others.isEmpty()) {
            return;
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        writes.add(new UpdateOneModel<>(eq("_id", documentId), Updates.addEachToSet("partners", List.copyOf(others))));
        for (String other : others) {
            writes.add(new UpdateOneModel<>(eq("_id", other), Updates.addToSet("partners", documentId)));
        }
        reports.bulkWrite(writes, new BulkWriteOptions().ordered(false));
    }

    static byte[] bytes(int[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES);
        buffer.asIntBuffer().put(values);
        return buffer.array();
    }

    static int[] ints(byte[] bytes) {
        int[] values = new int[bytes.length / Integer.BYTES];
        ByteBuffer.wrap(bytes).asIntBuffer().get(values);
        return values;
    }
}
