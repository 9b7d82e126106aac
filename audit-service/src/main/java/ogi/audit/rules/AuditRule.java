package ogi.audit.rules;

import java.util.ArrayList;
import java.util.List;

import ogi.contracts.event.Finding;
import ogi.contracts.event.Location;
import ogi.contracts.event.Severity;

/**
 * One rule of the catalogue: a stable id (never reused once published); its category, severity and descriptions
 * come from {@code rules/catalogue.json}. {@link #check} returns the rule's findings for one report, each pointing
 * at a location with the expected and actual values.
 */
public abstract class AuditRule {
    private final String id;
    private final String category;
    private final Severity severity;
    private final String descriptionZh;
    private final String descriptionEn;

    protected AuditRule(String id) {
        RuleDefinition d = RuleDefinition.of(id);
        this.id = id;
        this.category = d.category();
        this.severity = d.severity();
        this.descriptionZh = d.descriptionZh();
        this.descriptionEn = d.descriptionEn();
    }

    public abstract List<Finding> check(AuditContext context);

    public String id() {
        return id;
    }

    public String category() {
        return category;
    }

    public Severity severity() {
        return severity;
    }

    public String descriptionZh() {
        return descriptionZh;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    protected Finding finding(AuditContext context, Location location, String messageZh, String messageEn,
            Object expected, Object actual) {
        return new Finding(Finding.idOf(context.documentId(), id, location), id, category, severity, messageZh,
                messageEn, location, expected == null ? null : String.valueOf(expected),
                actual == null ? null : String.valueOf(actual));
    }

    protected static List<Finding> list() {
        return new ArrayList<>();
    }
}
