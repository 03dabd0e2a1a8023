package cz.opora.tutoring.service;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Grade")
public record GradeInput(@NotBlank @Size(max = 60) String subject, @Min(1) @Max(5) Integer grade,
                         @Size(max = 2000) String teacherFeedback) {
}
