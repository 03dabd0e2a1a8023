package cz.opora.tutoring.service;

import cz.opora.tutoring.domain.TutoringMatch.Status;
import cz.opora.tutoring.domain.TutoringMatch;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Match", description = "What a tutor may know of the child while the match runs: name, age, school, "
        + "class, the place, the SAS contact. Once it ended (for the tutor) or its consent ended (for everyone), "
        + "childDetailsWithheld is true and those fields, the goals and the end note are null.")
public record MatchView(UUID id, UUID tutorId, String tutorName, UUID familyId, UUID childId, String childName,
                        Integer childAge, String place, String schedule, String school, String schoolClass,
                        String sasContactName, String sasContactPhone, String sasOrganization, List<String> subjects,
                        String goals, Status status, TutoringMatch.EndReason endReason, String endNote,
                        int consecutiveMissed, Instant startedAt, Instant endedAt, Instant consentEndedAt,
                        boolean childDetailsWithheld, long version) {
}
