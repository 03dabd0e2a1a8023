package cz.opora.common.config;

import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.ZoneId;
import java.util.Optional;

/**
 * Who this service is and where it lives: its name (the outbox's CloudEvents source, the consumers' processed-event
 * log keys), the topic prefix a shared Kafka cluster may need, and the time zone of the workers' days.
 * <p>
 * The one configuration class that is not a {@code @ConfigMapping}: these three properties sit at the root of the
 * {@code opora.} namespace, and a mapping of that root would have to declare every service's {@code opora.*}
 * property (SmallRye refuses unknown properties under a mapping's prefix). Each concern below the root has its own
 * mapping ({@link OutboxConfig}, {@link ConsumerConfig}, {@link HttpLimitsConfig}, ...). Read once, at start.
 */
@Singleton
public class ServiceConfig {
    private final String serviceName;
    private final String topicPrefix;
    private final ZoneId timezone;

    public ServiceConfig(@ConfigProperty(name = "opora.service-name") String serviceName,
                  @ConfigProperty(name = "opora.topic-prefix") Optional<String> topicPrefix,
                  @ConfigProperty(name = "opora.timezone", defaultValue = "Europe/Prague") ZoneId timezone) {
        this.serviceName = serviceName;
        this.topicPrefix = topicPrefix.orElse("");
        this.timezone = timezone;
    }

    /** {@code opora.service-name}, e.g. family-service. */
    public String serviceName() {
        return serviceName;
    }

    /** {@code opora.timezone} (env OPORA_TIMEZONE): validity dates, deadlines and periods are days here. */
    public ZoneId timezone() {
        return timezone;
    }

    /** A topic's name with {@code opora.topic-prefix} (env OPORA_TOPIC_PREFIX) before it; no prefix by default. */
    public String topic(String name) {
        return topicPrefix + name;
    }
}
