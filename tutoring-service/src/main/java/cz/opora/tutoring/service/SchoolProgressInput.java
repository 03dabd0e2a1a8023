package cz.opora.tutoring.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "SchoolProgressInput", examples = """
        {"term": "2026/27-1", "grades": [{"subject": "math", "grade": 3, "teacherFeedback": "Better at multiplication."}],
         "attendancePercent": 88, "movedUp": null}""")
public record SchoolProgressInput(@NotBlank @Pattern(regexp = "\\d{4}/\\d{2}-[12]", message = "must be a school year and half, e.g. 2026/27-1") String term,
                                  @NotNull @Size(max = 20) List<@NotNull @Valid GradeInput> grades,
                                  @Min(0) @Max(100) Integer attendancePercent,
                                  @Schema(description = "At the end of the school year: whether the child moved up") Boolean movedUp) {
}
