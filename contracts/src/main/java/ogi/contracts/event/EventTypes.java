package ogi.contracts.event;

/** CloudEvents {@code type} attribute of each event, one per topic; the suffix is the schema's major version. */
public final class EventTypes {
    public static final int SCHEMA_VERSION = 1;
    public static final String SOURCE_PREFIX = "urn:ogi:";

    public static final String RAW_DOCUMENT = "ogi.reports.raw.v1";
    public static final String PARSED_REPORT = "ogi.reports.parsed.v1";
    public static final String AUDIT_RESULT = "ogi.reports.audited.v1";
    public static final String ALERT = "ogi.audit.alert.v1";
    public static final String REVIEW = "ogi.audit.review.v1";

    private EventTypes() {
    }
}
