package cz.opora.family.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import cz.opora.family.domain.Contact;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Contact")
public record ContactView(UUID id, LocalDate date, int durationMinutes, Contact.Type type,
                          List<FamilyView.Worker> workers, List<UUID> membersPresent, List<String> topics,
                          List<UUID> goals, String summary, Instant recordedAt,
                          @JsonIgnore @Schema(hidden = true) long version) {
    static ContactView of(Contact c) {
        return new ContactView(c.id, c.occurredOn, c.durationMinutes, c.type,
                c.workers.stream().map(w -> new FamilyView.Worker(w.worker, w.workerName)).toList(),
                List.of(c.memberIds), List.of(c.topics), List.of(c.goalIds), c.summary, c.recordedAt, c.version);
    }
}
