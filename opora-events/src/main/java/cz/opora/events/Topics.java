package cz.opora.events;

/**
 * One Kafka topic per producing service. Deployments may prefix every name (see {@code opora.topic-prefix}),
 * so that, for example, tests and the demo stack can share one broker without reading each other's events.
 */
public final class Topics {
    public static final String FAMILY = "opora.family.events";
    public static final String REFERRAL = "opora.referral.events";
    public static final String CONFERENCE = "opora.conference.events";
    public static final String TUTORING = "opora.tutoring.events";
    public static final String COMMUNITY = "opora.community.events";

    private Topics() {
    }
}
