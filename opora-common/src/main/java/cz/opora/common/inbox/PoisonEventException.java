package cz.opora.common.inbox;

/**
 * An event that can never be processed (not JSON, not a valid envelope, unknown type, data that breaks its
 * schema or a business rule). Thrown out of an {@code @Incoming} method, it sends the record to the channel's
 * dead-letter topic, whose {@code dead-letter-reason} header carries this message, and the consumer goes on.
 */
public class PoisonEventException extends RuntimeException {
    public PoisonEventException(String message) {
        super(message, null, false, false);
    }
}
