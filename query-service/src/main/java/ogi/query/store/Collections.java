package ogi.query.store;

/** The names of the query service's MongoDB collections. */
final class Collections {
    static final String REPORTS = "reports";
    static final String FINDINGS = "findings";
    static final String ALERTS = "alerts";
    static final String COUNTERS = "counters";
    static final String REVIEWS = "reviews";
    static final String AGENCY_YEARS = "agency_years";
    static final String REGION_ENTRIES = "region_entries";
    static final String VIEW_STATE = "view_state";
    static final String AGENCY_DIVISIONS = "agency_divisions";
    static final String BATCH_DOCUMENTS = "batch_documents";
    static final String EXPECTED_AGENCIES = "expected_agencies";
    static final String PUBLICATION_ALERTS = "publication_alerts";

    private Collections() {
    }
}
