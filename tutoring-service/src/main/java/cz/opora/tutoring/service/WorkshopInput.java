package cz.opora.tutoring.service;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WorkshopInput", examples = "{\"title\": \"Klub maminek Cejl\", \"kind\": \"MOTHERS_CLUB\"}")
public record WorkshopInput(@NotBlank @Size(max = 200) String title,
                            @NotNull @Pattern(regexp = "WORKSHOP|MOTHERS_CLUB|PARENT_GROUP",
                            message = "must be WORKSHOP, MOTHERS_CLUB or PARENT_GROUP") String kind) {
}
