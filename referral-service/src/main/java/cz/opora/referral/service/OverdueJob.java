package cz.opora.referral.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Marks referrals not answered by their deadline overdue and publishes {@code cz.opora.referral.overdue}, once per
 * referral. Safe on several replicas at once: each batch locks its rows with SKIP LOCKED, so replicas take
 * different referrals, and a marked one is never taken again. Counts them in {@code opora_referral_deadlines_missed_total}
 * (a count, no label: nothing about the family or the organizations).
 */
@ApplicationScoped
public class OverdueJob {
    private static final Logger LOG = Logger.getLogger(OverdueJob.class);
    static final int BATCH = 100;

    @Inject
    ReferralService referrals;
    @Inject
    MeterRegistry metrics;
    private Counter missed;

    void start(@Observes StartupEvent event) {
        missed = Counter.builder("opora.referral.deadlines.missed")
                .description("referrals marked overdue: sent, unanswered by their deadline").register(metrics);
    }

    @Scheduled(every = "${opora.referral.overdue-check}", delayed = "${opora.referral.overdue-check-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, identity = "opora-referral-overdue")
    void run() {
        int total = 0;
        int marked;
        do {
            marked = referrals.markOverdue(BATCH);
            total += marked;
        } while (marked == BATCH);
        if (total > 0) {
            missed.increment(total);
            LOG.infof("marked %d referral(s) overdue", total);
        }
    }
}
