package cz.opora.family.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/** Publishes the expiry of consents whose period ended. Runs on every replica; the rows' locks share the work. */
@ApplicationScoped
public class ConsentExpiryJob {
    private static final Logger LOG = Logger.getLogger(ConsentExpiryJob.class);
    static final int BATCH = 100;

    @Inject
    ConsentService consents;

    @Scheduled(every = "${opora.consent.expiry-check:15m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "opora-consent-expiry")
    void run() {
        int total = 0;
        int marked;
        do {
            marked = consents.expireDue(BATCH);
            total += marked;
        } while (marked == BATCH);
        if (total > 0) {
            LOG.infof("marked %d consent(s) expired", total);
        }
    }
}
