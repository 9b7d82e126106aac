package ogi.contracts.event;

/**
 * What one rule concluded about a report: it found something (failed), checked and found nothing (passed), or
 * could not check because cells it needs are missing (not assessable).
 */
public enum RuleOutcome {
    PASSED,
    FAILED,
    NOT_ASSESSABLE
}
