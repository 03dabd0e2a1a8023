package cz.opora.referral.service;

import cz.opora.referral.config.ReferralConfig;
import cz.opora.referral.domain.Urgency;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;

/** How long a recipient has to answer, per urgency ({@link ReferralConfig.ResponseDeadline}). */
@ApplicationScoped
public class ResponseDeadlines {
    @Inject
    ReferralConfig config;

    public Instant dueAt(Urgency urgency, Instant sentAt) {
        ReferralConfig.ResponseDeadline deadline = config.responseDeadline();
        return sentAt.plus(switch (urgency) {
            case ROUTINE -> deadline.routine();
            case URGENT -> deadline.urgent();
            case EMERGENCY -> deadline.emergency();
        });
    }
}
