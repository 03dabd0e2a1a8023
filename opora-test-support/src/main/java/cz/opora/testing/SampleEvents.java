package cz.opora.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import cz.opora.events.EventJson;
import cz.opora.events.EventType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/** The contracts module's sample events, with fresh ids so that every test run sends new events. */
public final class SampleEvents {
    private SampleEvents() {
    }

    public static ObjectNode sample(EventType type) {
        try (InputStream in = SampleEvents.class.getClassLoader().getResourceAsStream(type.sampleResource())) {
            return (ObjectNode) EventJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The family.registered sample (owned by sas-jih, two members) about a new family. */
    public static ObjectNode familyRegistered(UUID familyId) {
        return about(EventType.FAMILY_REGISTERED, familyId);
    }

    /** The family.updated sample (name "Rodina Novákových a Dvořákových") about the given family. */
    public static ObjectNode familyUpdated(UUID familyId) {
        return about(EventType.FAMILY_UPDATED, familyId);
    }

    /**
     * A {@code cz.opora.directory.entry-saved} event, as referral-service publishes it on its topic (key = the
     * organization's id), for a directory entry of the given id, name and type at version 0.
     */
    public static ObjectNode directoryEntry(String organizationId, String name, String type) {
        ObjectNode event = sample(EventType.DIRECTORY_ENTRY_SAVED);
        String now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString();
        event.put("id", UUID.randomUUID().toString()).put("subject", organizationId).put("time", now);
        ((ObjectNode) event.get("data")).put("organizationId", organizationId).put("name", name).put("type", type)
                .put("savedAt", now);
        return event;
    }

    /** Any sample, with a fresh event id and current times, about the given family. */
    public static ObjectNode about(EventType type, UUID familyId) {
        ObjectNode event = sample(type);
        event.put("id", UUID.randomUUID().toString());
        event.put("subject", familyId.toString());
        ((ObjectNode) event.get("data")).put("familyId", familyId.toString());
        String now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS).toString();
        event.put("time", now);
        java.util.List<String> timestamps = new java.util.ArrayList<>();
        event.get("data").fieldNames().forEachRemaining(name -> {
            if (name.endsWith("At")) {
                timestamps.add(name);
            }
        });
        timestamps.forEach(name -> ((ObjectNode) event.get("data")).put(name, now));
        if (event.get("data").has("members")) {
            event.get("data").get("members").forEach(m -> ((ObjectNode) m).put("memberId", UUID.randomUUID().toString()));
        }
        if (event.get("data").has("member")) {
            ((ObjectNode) event.get("data").get("member")).put("memberId", UUID.randomUUID().toString());
        }
        return event;
    }
}
