package cz.opora.common.outbox;

/** Fired when a transaction wrote to the outbox; observed after commit to publish without waiting for the schedule. */
public record OutboxWritten() {
}
