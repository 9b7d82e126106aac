package ogi.contracts.event;

/** Severity of a finding; warnings and errors raise alerts. */
public enum Severity {
    INFO, WARNING, ERROR;

    public boolean raisesAlert() {
        return this != INFO;
    }
}
