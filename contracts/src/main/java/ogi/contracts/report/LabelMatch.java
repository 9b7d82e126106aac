package ogi.contracts.report;

/** How a row label as written relates to the template's: the same, a known variant (older wording), or a typo. */
public enum LabelMatch {
    EXACT, VARIANT, TYPO
}
