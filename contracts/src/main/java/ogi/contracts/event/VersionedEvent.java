package ogi.contracts.event;

/** Every event carries the major version of its schema. */
public interface VersionedEvent {
    int schemaVersion();
}
