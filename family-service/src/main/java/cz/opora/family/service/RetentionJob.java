package cz.opora.family.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Anonymises closed families after the retention period (row locks share the work between replicas), then sweeps the
 * name search's dictionary of words no family has any more.
 */
@ApplicationScoped
public class RetentionJob {
    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    static final int BATCH = 50;
    static final int WORDS_BATCH = 1_000;

    @Inject
    RecordLifecycleService lifecycle;

    @Scheduled(cron = "${opora.retention.schedule:0 30 2 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            identity = "opora-retention")
    public void run() {
        int total = 0;
        int done;
        do {
            done = lifecycle.anonymiseDue(BATCH);
            total += done;
        } while (done == BATCH);
        if (total > 0) {
            LOG.infof("anonymised %d closed famil(ies) past retention", total);
        }
        for (String[] after = {"", ""}; after != null; ) {
            after = lifecycle.sweepUnusedNameWords(after[0], after[1], WORDS_BATCH);
        }
    }
}
