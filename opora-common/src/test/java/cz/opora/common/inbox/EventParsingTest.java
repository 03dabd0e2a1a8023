package cz.opora.common.inbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.EventJson;
import cz.opora.events.EventType;
import cz.opora.events.family.FamilyRegistered;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a consumer accepts, what it treats as poison, and which failures it retries. */
@Tag("fast")
class EventParsingTest {

    @Test
    void theSampleParses() throws Exception {
        IncomingEvent event = IdempotentConsumer.parse(sample().toString());
        assertThat(event.type()).isEqualTo(EventType.FAMILY_REGISTERED);
        assertThat(event.dataAs(FamilyRegistered.class).owningOrganization()).isEqualTo("sas-jih");
    }

    @Test
    void poisonIsRecognisedWithAReason() throws Exception {
        assertThatThrownBy(() -> IdempotentConsumer.parse(null)).isInstanceOf(PoisonEventException.class);
        assertThatThrownBy(() -> IdempotentConsumer.parse("{not json")).hasMessage("not JSON");
        assertThatThrownBy(() -> IdempotentConsumer.parse("[1,2]")).hasMessage("not a JSON object");
        ObjectNode unknown = sample();
        unknown.put("type", "cz.opora.family.teleported");
        assertThatThrownBy(() -> IdempotentConsumer.parse(unknown.toString())).hasMessageContaining("unknown event type");
        ObjectNode invalid = sample();
        ((ObjectNode) invalid.get("data")).put("familyId", "not-a-uuid");
        assertThatThrownBy(() -> IdempotentConsumer.parse(invalid.toString())).hasMessageContaining("familyId");
    }

    @Test
    void onlyTransientFailuresAreRetried() {
        assertThat(IdempotentConsumer.isTransient(new RuntimeException(new SQLTransientConnectionException("down")))).isTrue();
        assertThat(IdempotentConsumer.isTransient(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
        assertThat(IdempotentConsumer.isTransient(new RuntimeException(new SQLException("deadlock", "40P01")))).isTrue();
        assertThat(IdempotentConsumer.isTransient(new RuntimeException(new SQLException("not null", "23502")))).isFalse();
        assertThat(IdempotentConsumer.isTransient(new IllegalArgumentException("bug"))).isFalse();
    }

    private static ObjectNode sample() throws Exception {
        try (InputStream in = EventParsingTest.class.getClassLoader().getResourceAsStream(EventType.FAMILY_REGISTERED.sampleResource())) {
            return (ObjectNode) EventJson.MAPPER.readTree(in);
        }
    }
}
