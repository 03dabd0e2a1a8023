package cz.opora.tutoring.service;

import cz.opora.tutoring.domain.Tutor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Tutor")
public record TutorView(UUID id, String name, String username, String email, String phone, List<String> subjects,
                        List<String> languages, String availability, LocalDate agreementSignedOn,
                        LocalDate trainingCompletedOn, LocalDate criminalRecordDate,
                        @Schema(description = "The last day the extract counts") LocalDate vettingValidUntil,
                        @Schema(description = "COMPLETE, EXPIRING (within the warning period), EXPIRED, INCOMPLETE, INACTIVE") String vetting,
                        @Schema(description = "Why the tutor cannot be matched, if not") String notMatchableBecause,
                        boolean active, long version) {
}
