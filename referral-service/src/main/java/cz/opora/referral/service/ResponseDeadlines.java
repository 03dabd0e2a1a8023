package cz.opora.referral.service;

import cz.opora.referral.domain.Urgency;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/** How long a recipient has to answer, per urgency (opora.referral.response-deadline.*; ISO-8601 durations). */
@ApplicationScoped
public class ResponseDeadlines {
    @ConfigProperty(name = "opora.referral.response-deadline.routine")
    Duration routine;
    @ConfigProperty(name = "opora.referral.response-deadline.urgent")
    Duration urgent;
    @ConfigProperty(name = "opora.referral.response-deadline.emergency")
    Duration emergency;

    public Instant dueAt(Urgency urgency, Instant sentAt) {
        return sentAt.plus(switch (urgency) {
            case ROUTINE -> routine;
            case URGENT -> urgent;
            case EMERGENCY -> emergency;
        });
    }
}
