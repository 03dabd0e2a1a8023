package cz.opora.family;

import cz.opora.events.Topics;
import cz.opora.family.service.KnownOrganizations;
import cz.opora.testing.KafkaTestClient;
import cz.opora.testing.SampleEvents;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/** Directory entries as referral-service publishes them, awaited in family-service's projection. */
public final class Directory {
    private Directory() {
    }

    /** Publishes the entry on referral-service's topic and waits until family-service knows the organization. */
    public static void entry(String organizationId, String name, String type) {
        String prefix = ConfigProvider.getConfig().getOptionalValue("opora.topic-prefix", String.class).orElse("");
        KnownOrganizations known = Arc.container().instance(KnownOrganizations.class).get();
        if (QuarkusTransaction.requiringNew().call(() -> known.exists(organizationId))) {
            return;
        }
        KafkaTestClient.send(prefix + Topics.REFERRAL, organizationId,
                SampleEvents.directoryEntry(organizationId, name, type).toString());
        await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                .until(() -> QuarkusTransaction.requiringNew().call(() -> known.exists(organizationId)));
    }

    /** OSPOD of the demo realm. */
    public static void ospodMesto() {
        entry("ospod-mesto", "OSPOD Město", "OSPOD");
    }
}
