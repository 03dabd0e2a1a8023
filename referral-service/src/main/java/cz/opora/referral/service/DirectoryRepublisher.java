package cz.opora.referral.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * On start, publishes every directory entry once more ({@link DirectoryService#republishAll}), so that entries
 * saved before {@code cz.opora.directory.entry-saved} existed reach family-service without an operator's step.
 */
@ApplicationScoped
public class DirectoryRepublisher {
    private static final Logger LOG = Logger.getLogger(DirectoryRepublisher.class);

    @Inject
    DirectoryService directory;

    void onStart(@Observes StartupEvent event) {
        LOG.infof("directory: %d entries published", directory.republishAll());
    }
}
