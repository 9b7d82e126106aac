package ogi.contracts.event;

/** The formats the ingest service accepts. */
public enum DocumentFormat {
    TEXT, HTML, DOCX, PDF
}
