package cz.opora.tutoring.service;

import cz.opora.tutoring.domain.ClubEnrolment;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "SchoolEntryInput")
public record SchoolEntryInput(@NotNull ClubEnrolment.SchoolEntry outcome, @Size(max = 200) String school,
                               @NotNull LocalDate enteredOn) {
}
