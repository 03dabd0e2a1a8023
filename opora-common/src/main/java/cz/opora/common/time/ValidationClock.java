package cz.opora.common.time;

import cz.opora.common.config.ServiceConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ClockProvider;

import java.time.Clock;

/**
 * "Now" for Bean Validation's temporal constraints ({@code @PastOrPresent}, {@code @Future}...): the same clock as
 * {@link WorkCalendar}, in the same zone ({@code opora.timezone}). Without it the validator takes the JVM's zone (UTC
 * in the containers), and a session a worker records at half past midnight in Prague, dated today, was refused as
 * "in the future" for the first hour or two of every day.
 */
@ApplicationScoped
public class ValidationClock implements ClockProvider {
    @Inject
    ServiceConfig config;
    @Inject
    Clock clock;

    @Override
    public Clock getClock() {
        return clock.withZone(config.timezone());
    }
}
