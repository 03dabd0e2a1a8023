package cz.opora.referral.domain;

import cz.opora.testing.RecordedStatements;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Tells the statements of an HTTP request from those the consumers and jobs send meanwhile ({@link RecordedStatements}).
 * The interfaces are named here: Quarkus REST finds filters by the interfaces in its index, which the shared module
 * is not part of.
 */
@Provider
public class StatementRequestWindow extends RecordedStatements.RequestWindow
        implements ContainerRequestFilter, ContainerResponseFilter {
}
