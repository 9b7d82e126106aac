package ogi.contracts.event;

import java.util.List;

/**
 * One rule's result on one report. {@code missing} names what stopped a rule that is not assessable: cells as
 * {@code table/row/column}, or {@code previous-year} when the agency's previous report has not been seen.
 */
public record RuleResult(String ruleId, RuleOutcome outcome, int findings, List<String> missing) {
}
