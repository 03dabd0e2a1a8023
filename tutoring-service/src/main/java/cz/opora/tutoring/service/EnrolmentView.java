package cz.opora.tutoring.service;

import cz.opora.tutoring.domain.ClubEnrolment.Status;
import cz.opora.tutoring.domain.ClubEnrolment;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "ClubEnrolment")
public record EnrolmentView(UUID id, UUID familyId, UUID childId, String childName, Integer age, Status status,
                            @Schema(description = "Place on the waiting list, from 1") Integer waitingPosition,
                            Instant enrolledAt, ClubEnrolment.SchoolEntry schoolEntry, String schoolName) {
}
