package ogi.contracts.event;

/** A reviewer's decision on a finding: it stands (confirmed) or it does not (dismissed, with the reason why). */
public enum ReviewDecision {
    CONFIRMED,
    DISMISSED
}
