package cz.opora.referral.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Referrals' deadlines ({@code opora.referral.*}, from the OPORA_REFERRAL_* variables). */
@ConfigMapping(prefix = "opora.referral")
public interface ReferralConfig {
    /** How long a recipient has to answer, per urgency (ISO-8601 durations). */
    ResponseDeadline responseDeadline();

    /** How often unanswered referrals past their deadline are looked for (read by the job's schedule). */
    @WithDefault("1m")
    Duration overdueCheck();

    /** How long after start the first look happens (read by the job's schedule). */
    @WithDefault("10s")
    Duration overdueCheckDelay();

    interface ResponseDeadline {
        @WithDefault("P14D")
        Duration routine();

        @WithDefault("P3D")
        Duration urgent();

        @WithDefault("PT24H")
        Duration emergency();
    }
}
